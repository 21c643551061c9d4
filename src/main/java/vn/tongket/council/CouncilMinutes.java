package vn.tongket.council;

import io.quarkus.arc.Arc;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.conference.Conference;
import vn.tongket.document.PdfRenderer;
import vn.tongket.document.VietnameseDates;
import vn.tongket.dossier.DossierDocument;
import vn.tongket.nomination.NominationConfig;
import vn.tongket.nomination.NominationKind;
import vn.tongket.web.Localization;
import vn.tongket.web.PageLanguage;
import vn.tongket.web.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * The minutes of the council's meeting (biên bản họp Hội đồng Thi đua - Khen thưởng) in the Decree 30/2020 layout:
 * time, place, chair, secretary, members present and absent, quorum, each nominee's votes and share, conclusion and
 * the signatures of chair and secretary. One document of the dossier (issue 20).
 */
@ApplicationScoped
public class CouncilMinutes implements DossierDocument {

    public static final String KEY = "council-minutes";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance minutes(Minutes doc);
    }

    /** The minutes as printed, every line settled in Java so that the template only lays it out. */
    public record Minutes(String issuer, String councilName, String conferenceTitle, String dateLine, String time,
                          String place, String chair, String secretary, List<CouncilMember> present,
                          List<CouncilMember> absent, int total, int presentCount, String quorum, boolean quorate,
                          int threshold, String base, String source, List<Group> groups, int carried, int considered,
                          List<String> carriedNames) {
    }

    public record Group(String heading, List<Row> rows) {
    }

    public record Row(String nominee, String organization, int yes, int no, int blank, String share, boolean carried) {
    }

    @Inject
    CouncilService council;

    @Inject
    PdfRenderer pdf;

    @Inject
    NominationConfig nominations;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title() {
        return messages().minutesTitle();
    }

    @Override
    @Transactional
    public List<String> missing(long conferenceId) {
        CouncilMessages m = messages();
        CouncilSummary s = council.summary(conferenceId);
        List<String> missing = new ArrayList<>();
        if (s.meeting() == null || s.members().isEmpty()) {
            missing.add(m.missingMeeting());
            return missing;
        }
        if (s.chair().isEmpty()) {
            missing.add(m.missingChair());
        }
        if (s.secretary().isEmpty()) {
            missing.add(m.missingSecretary());
        }
        List<String> unvoted = s.verdicts().stream().filter(v -> !v.voted()).map(v -> v.nomination().nomineeName).toList();
        if (!unvoted.isEmpty()) {
            missing.add(m.missingVotes(String.join(", ", unvoted)));
        }
        return missing;
    }

    @Override
    @Transactional
    public byte[] pdf(long conferenceId) {
        CouncilSummary s = council.summary(conferenceId);
        if (s.meeting() == null) {
            throw ProblemException.conflict(CouncilMessages.class, CouncilMessages::noMeeting);
        }
        return pdf.render(Templates.minutes(minutes(s)).render());
    }

    Minutes minutes(CouncilSummary s) {
        CouncilMeeting meeting = s.meeting();
        Conference c = meeting.conference;
        CouncilRule rule = s.rule();
        List<Group> groups = List.of(new Group("1. Tập thể", rows(s, NominationKind.COLLECTIVE)),
                new Group("2. Cá nhân", rows(s, NominationKind.INDIVIDUAL)));
        String quorum = rule == null ? "" : rule.quorumNum + "/" + rule.quorumDen;
        return new Minutes(nominations.defaultProposingUnit(), meeting.councilName, c.title,
                VietnameseDates.dateLine(c.place, meeting.heldAt.toLocalDate()),
                VietnameseDates.letterTime(meeting.heldAt), meeting.place,
                s.chair().map(x -> x.fullName).orElse(""), s.secretary().map(x -> x.fullName).orElse(""),
                s.presentMembers(), s.absentMembers(), s.total(), s.present(), quorum, s.quorate(),
                rule == null ? 0 : rule.thresholdPercent,
                s.baseTotal() ? "tổng số thành viên Hội đồng" : "số thành viên có mặt",
                rule == null ? "" : rule.source, groups, s.carriedVerdicts().size(),
                s.verdicts().size(), s.carriedVerdicts().stream().map(v -> v.nomination().nomineeName).toList());
    }

    private static List<Row> rows(CouncilSummary s, NominationKind kind) {
        return s.verdicts().stream().filter(v -> v.nomination().kind == kind)
                .map(v -> new Row(v.nomination().nomineeName, v.nomination().organization.name, v.yes(), v.no(),
                        v.blank(), v.share(), v.carried())).toList();
    }

    /** The request's language when there is a request; Vietnamese otherwise (a dossier built in the background). */
    private static CouncilMessages messages() {
        String language = Localization.VIETNAMESE;
        if (Arc.container().requestContext().isActive()) {
            try {
                language = Arc.container().instance(PageLanguage.class).get().getCode();
            } catch (RuntimeException e) {
                // a request context without an HTTP request (a test, a scheduled job): Vietnamese
            }
        }
        return Localization.bundle(CouncilMessages.class, language);
    }
}
