package vn.tongket.nomination;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.document.PdfRenderer;
import vn.tongket.dossier.DossierDocument;
import vn.tongket.dossier.DossierWords;

import java.util.List;

/** The prize money receipt sheet (bảng ký nhận tiền thưởng): each awardee, the amount, a column to sign, the total. */
@ApplicationScoped
public class PrizeReceipts implements DossierDocument {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipts(DossierDocuments.Receipts doc);
    }

    @Inject
    DossierDocuments documents;

    @Inject
    DossierWords words;

    @Inject
    PdfRenderer renderer;

    @Override
    public String key() {
        return "prize-receipts";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String title() {
        return words.get().titlePrizeReceipts();
    }

    @Override
    public List<String> missing(long conferenceId) {
        return documents.latestDecision(conferenceId).isPresent() ? List.of() : List.of(words.get().missingDecision());
    }

    @Override
    public byte[] pdf(long conferenceId) {
        return renderer.render(Templates.receipts(documents.receipts(conferenceId)).render());
    }
}
