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

import java.util.ArrayList;
import java.util.List;

/**
 * The command's proposal (Tờ trình of the Bộ Chỉ huy Quân sự tỉnh) to the Chairman, through Home Affairs, with the
 * list attached ("Kèm theo Tờ trình số ..."): the nominations sent for vetting, under the number the organiser enters.
 */
@ApplicationScoped
public class ProposalDocument implements DossierDocument {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance proposal(DossierDocuments.Submission doc, String unit);
    }

    @Inject
    DossierDocuments documents;

    @Inject
    DossierWords words;

    @Inject
    NominationConfig config;

    @Inject
    PdfRenderer renderer;

    @Override
    public String key() {
        return "proposal";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return words.get().titleProposal();
    }

    @Override
    public List<String> missing(long conferenceId) {
        DossierMessages m = words.get();
        List<String> missing = new ArrayList<>();
        if (documents.holdingSlot(conferenceId).size() == 0) {
            missing.add(m.missingNominations());
        }
        DossierSettings s = DossierSettings.of(conferenceId);
        if (!s.registered()) {
            missing.add(m.missingProposalNumber());
        }
        if (s.signerName == null) {
            missing.add(m.missingSigner());
        }
        return missing;
    }

    @Override
    public byte[] pdf(long conferenceId) {
        return renderer.render(Templates.proposal(documents.proposal(conferenceId), config.defaultProposingUnit()).render());
    }
}
