package vn.tongket.nomination;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.document.PdfRenderer;
import vn.tongket.dossier.DossierDocument;
import vn.tongket.dossier.DossierMessages;
import vn.tongket.dossier.DossierSettings;
import vn.tongket.dossier.DossierWords;
import vn.tongket.preparation.DocumentHead;
import vn.tongket.preparation.DocumentHeads;

import java.util.ArrayList;
import java.util.List;

/**
 * Home Affairs' submission (Tờ trình of the Sở Nội vụ) to the Chairman over the approved nominations. Its number and
 * date are those the decision cites (entered when the decision is recorded); it answers the command's proposal.
 */
@ApplicationScoped
public class AppraisalDocument implements DossierDocument {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance appraisal(DossierDocuments.Submission doc, String unit, DocumentHeads.Head head);
    }

    @Inject
    DossierDocuments documents;

    @Inject
    DossierWords words;

    @Inject
    NominationConfig config;

    @Inject
    PdfRenderer renderer;

    @Inject
    DocumentHeads heads;

    @Override
    public String key() {
        return "appraisal";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title() {
        return words.get().titleAppraisal();
    }

    @Override
    public List<String> missing(long conferenceId) {
        DossierMessages m = words.get();
        List<String> missing = new ArrayList<>();
        if (documents.approved(conferenceId).size() == 0) {
            missing.add(m.missingApproved());
        }
        if (documents.appraised(conferenceId).isEmpty()) {
            missing.add(m.missingAppraisalNumber());
        }
        if (!DossierSettings.of(conferenceId).registered()) {
            missing.add(m.missingProposalNumber());
        }
        return missing;
    }

    @Override
    public byte[] pdf(long conferenceId) {
        // Sở Nội vụ's issuer lines and signer are the ones it keeps for the nomination list (the review page's card).
        return renderer.render(Templates.appraisal(documents.appraisal(conferenceId), config.defaultProposingUnit(),
                heads.head(conferenceId, DocumentHead.Kind.LIST)).render());
    }
}
