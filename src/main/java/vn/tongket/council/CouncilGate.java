package vn.tongket.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.document.VietnameseDates;
import vn.tongket.nomination.Nomination;
import vn.tongket.nomination.SubmissionGate;
import vn.tongket.web.ProblemException;

/**
 * Issue 20: a nomination goes to Home Affairs only if the council's vote carried it: quorum met and the share in
 * favour at least the threshold of the rule in force on the meeting's day. Each refusal names the rule and its source.
 */
@ApplicationScoped
public class CouncilGate implements SubmissionGate {

    @Inject
    CouncilService council;

    @Override
    public void check(Nomination n) {
        CouncilSummary s = council.summary(n.conference.id);
        if (s.rule() == null) {
            String date = VietnameseDates.dmy(CouncilService.ruleDate(s.meeting()));
            throw ProblemException.conflict(CouncilMessages.class, m -> m.noRule(date));
        }
        Verdict v = council.verdict(n);
        CouncilRule rule = s.rule();
        if (!v.voted()) {
            throw ProblemException.conflict(CouncilMessages.class, m -> m.gateNotVoted(n.nomineeName));
        }
        if (!s.quorate()) {
            throw ProblemException.conflict(CouncilMessages.class, m -> m.gateNoQuorum(n.nomineeName, s.present(),
                    s.total(), rule.quorumNum, rule.quorumDen, source(m, rule)));
        }
        if (!v.carried()) {
            throw ProblemException.conflict(CouncilMessages.class, m -> m.gateBelowThreshold(n.nomineeName, v.share(),
                    rule.thresholdPercent, source(m, rule)));
        }
    }

    private static String source(CouncilMessages m, CouncilRule rule) {
        return rule.source;
    }
}
