package vn.tongket.council;

import java.time.LocalDateTime;
import java.util.List;

/** The council as the JSON API shows it; ballot links are the organiser's to hand out, one per member. */
public record CouncilView(long conferenceId, Meeting meeting, List<Member> members, int present, int total,
                          Rule rule, boolean quorate, List<Result> results) {

    public record Meeting(LocalDateTime heldAt, String place, String councilName) {
    }

    public record Member(long id, String fullName, String position, CouncilRole role, boolean present,
                         String ballotPath) {
    }

    public record Rule(String awardForm, int quorumNum, int quorumDen, int thresholdPercent, CouncilRule.Base base,
                       String source, boolean confirmed) {
    }

    public record Result(long nominationId, String nominee, boolean voted, boolean paper, int yes, int no, int blank,
                         int base, String share, boolean carried) {
    }

    public static CouncilView of(CouncilSummary s) {
        CouncilMeeting m = s.meeting();
        CouncilRule r = s.rule();
        return new CouncilView(s.conferenceId(), m == null ? null : new Meeting(m.heldAt, m.place, m.councilName),
                s.members().stream().map(CouncilView::member).toList(), s.present(), s.total(),
                r == null ? null : new Rule(r.awardForm, r.quorumNum, r.quorumDen, r.thresholdPercent, r.base, r.source,
                        r.confirmed),
                s.quorate(), s.verdicts().stream().map(CouncilView::result).toList());
    }

    static Member member(CouncilMember m) {
        return new Member(m.id, m.fullName, m.position, m.role, m.present, "/ballot/" + m.ballotToken);
    }

    static Result result(Verdict v) {
        return new Result(v.nomination().id, v.nomination().nomineeName, v.voted(), v.paper(), v.yes(), v.no(),
                v.blank(), v.base(), v.share(), v.carried());
    }
}
