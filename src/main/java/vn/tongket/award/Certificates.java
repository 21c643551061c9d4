package vn.tongket.award;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.conference.Conference;
import vn.tongket.document.PdfRenderer;
import vn.tongket.dossier.DossierDocument;
import vn.tongket.dossier.DossierMessages;
import vn.tongket.dossier.DossierWords;
import vn.tongket.nomination.Nomination;
import vn.tongket.nomination.NominationService;

import java.util.ArrayList;
import java.util.List;

/**
 * The certificates (Bằng khen), one page per awardee in presentation order, printed on the official blank: only the
 * variable text, placed where the blank leaves room for it, with the register number (số vào sổ) of the registry.
 * <p>
 * The blank's size and layout follow Decree 50/2006/NĐ-CP art. 28 as published by the Central Emulation and
 * Commendation Board (banthiduakhenthuongtw.gov.vn): 400 x 300 mm, the decorated frame 320 x 230 mm; the name,
 * address and achievement below "Bằng khen"; at the foot, left, the decision number and date and the register
 * number; right, the place and date and the signer with 35 mm for the signature. Whether the current specimen
 * (Decree 85/2014/NĐ-CP and its successors) keeps that size was not confirmed.
 */
@ApplicationScoped
public class Certificates implements DossierDocument {

    /** One certificate: the awardee and its registry entry. */
    public record Certificate(Nomination n, AwardRecord award) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificates(Conference conference, List<Certificate> certificates);
    }

    @Inject
    NominationService nominations;

    @Inject
    DossierWords words;

    @Inject
    PdfRenderer renderer;

    @Override
    public String key() {
        return "certificates";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String title() {
        return words.get().titleCertificates();
    }

    @Override
    public List<String> missing(long conferenceId) {
        DossierMessages m = words.get();
        List<Nomination> awardees = nominations.awards(conferenceId);
        if (awardees.isEmpty()) {
            return List.of(m.missingDecision());
        }
        List<String> missing = new ArrayList<>();
        for (Nomination n : awardees) {
            AwardRecord a = AwardRecord.forNomination(n.id);
            if (a == null || a.registerNumber == null) {
                missing.add(m.missingRegister(n.nomineeName));
            }
        }
        return missing;
    }

    @Override
    public byte[] pdf(long conferenceId) {
        List<Nomination> awardees = nominations.awards(conferenceId);
        List<Certificate> certificates = awardees.stream()
                .map(n -> new Certificate(n, AwardRecord.forNomination(n.id))).toList();
        Conference c = awardees.get(0).conference;
        return renderer.render(Templates.certificates(c, certificates).render());
    }
}
