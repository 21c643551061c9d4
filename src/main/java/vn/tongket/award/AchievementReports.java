package vn.tongket.award;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.conference.Conference;
import vn.tongket.document.PdfRenderer;
import vn.tongket.dossier.DossierDocument;
import vn.tongket.dossier.DossierMessages;
import vn.tongket.dossier.DossierSettings;
import vn.tongket.dossier.DossierWords;
import vn.tongket.nomination.DossierDocuments;
import vn.tongket.nomination.Nomination;
import vn.tongket.nomination.NominationDocuments;
import vn.tongket.nomination.NominationKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Each nominee's achievement report in the form in force on the proposal's date (today until it has one), one per
 * page, with the earlier awards the registry holds for the nominee (section III of the form).
 */
@ApplicationScoped
public class AchievementReports implements DossierDocument {

    /** One nominee's report: the nomination, the form, and the earlier awards newest first. */
    public record Report(Nomination n, String form, List<AwardRecord> earlier) {
        public boolean collective() {
            return n.kind == NominationKind.COLLECTIVE;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(Conference conference, List<Report> reports, ReportForm form,
                                               LocalDate on, String unit);
    }

    @Inject
    DossierDocuments documents;

    @Inject
    DossierWords words;

    @Inject
    PdfRenderer renderer;

    @Inject
    vn.tongket.nomination.NominationConfig config;

    @Override
    public String key() {
        return "achievement-reports";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title() {
        return words.get().titleAchievementReports();
    }

    @Override
    public List<String> missing(long conferenceId) {
        DossierMessages m = words.get();
        NominationDocuments.Listing listing = documents.holdingSlot(conferenceId);
        List<String> missing = new ArrayList<>();
        if (listing.size() == 0) {
            missing.add(m.missingNominations());
        }
        listing.individuals().stream().filter(n -> n.birthYear == null)
                .forEach(n -> missing.add(m.missingBirthYear(n.nomineeName)));
        return missing;
    }

    @Override
    public byte[] pdf(long conferenceId) {
        NominationDocuments.Listing listing = documents.holdingSlot(conferenceId);
        LocalDate proposed = DossierSettings.of(conferenceId).proposalDate;
        LocalDate on = proposed == null ? LocalDate.now(Conference.ZONE) : proposed;
        ReportForm form = ReportForm.on(on);
        int year = listing.conference().reviewYear;
        List<Report> reports = Stream.concat(listing.collectives().stream(), listing.individuals().stream())
                .map(n -> {
                    boolean collective = n.kind == NominationKind.COLLECTIVE;
                    return new Report(n, collective ? form.collectiveForm : form.individualForm,
                            AwardRecord.earlier(n.nomineeName, collective, year));
                }).toList();
        return renderer.render(Templates.reports(listing.conference(), reports, form, on,
                config.defaultProposingUnit()).render());
    }
}
