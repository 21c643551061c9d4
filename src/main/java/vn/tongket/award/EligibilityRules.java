package vn.tongket.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tongket.conference.Conference;
import vn.tongket.nomination.Eligibility;
import vn.tongket.nomination.EligibilityFinding;
import vn.tongket.nomination.Nomination;
import vn.tongket.nomination.NominationKind;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The eligibility rules as data, and their check on a nomination. Rules in force on the conference's first day apply
 * (falling back to today for a conference without one); blocking findings come first.
 */
@ApplicationScoped
public class EligibilityRules implements Eligibility {

    /** Its own transaction when called outside one: the API checks a nomination after the change committed. */
    @Override
    @Transactional
    public List<EligibilityFinding> check(Nomination n) {
        Conference conference = Conference.findById(n.conference.id);
        LocalDate on = conference.startsAt == null ? LocalDate.now(Conference.ZONE) : conference.startsAt.toLocalDate();
        List<EligibilityFinding> findings = new ArrayList<>();
        for (EligibilityRule rule : EligibilityRule.inForce(n.kind, on)) {
            switch (rule.code) {
                case EXCELLENT_YEARS -> excellentYears(rule, n, findings);
                case SAME_ACHIEVEMENT -> sameAchievement(rule, n, conference.reviewYear, findings);
                case DISCIPLINED -> {
                    if (n.disciplined) {
                        findings.add(finding(rule, AwardMessages::findingDisciplined));
                    }
                }
            }
        }
        findings.sort(Comparator.comparing(EligibilityFinding::severity));
        return findings;
    }

    private static void excellentYears(EligibilityRule rule, Nomination n, List<EligibilityFinding> findings) {
        Integer minYears = rule.minExcellentYears;
        if (minYears != null && minYears > 0) {
            if (n.excellentYears == null) {
                findings.add(finding(rule, m -> m.findingYearsMissing(minYears)));
            } else if (n.excellentYears < minYears) {
                findings.add(finding(rule, m -> m.findingYearsShort(n.excellentYears, minYears)));
            }
        }
        Integer minCount = rule.minInitiatives;
        if (minCount != null && minCount > 0) {
            if (n.initiatives == null) {
                findings.add(finding(rule, m -> m.findingInitiativesMissing(minCount)));
            } else if (n.initiatives < minCount) {
                findings.add(finding(rule, m -> m.findingInitiativesShort(n.initiatives, minCount)));
            }
        }
    }

    private static void sameAchievement(EligibilityRule rule, Nomination n, int year, List<EligibilityFinding> findings) {
        AwardRecord.sameAward(n.nomineeName, n.kind == NominationKind.COLLECTIVE, rule.awardForm, year, n.id).stream().findFirst()
                .ifPresent(a -> findings.add(finding(rule,
                        m -> m.findingSameAchievement(a.awardForm, a.year, a.decisionNumber))));
    }

    private static EligibilityFinding finding(EligibilityRule rule, Function<AwardMessages, String> text) {
        return new EligibilityFinding(rule.code.name(), rule.severity, rule.citation(),
                language -> text.apply(Localization.bundle(AwardMessages.class, language)));
    }

    public List<EligibilityRule> rules() {
        return EligibilityRule.ordered();
    }

    public EligibilityRule get(long id) {
        EligibilityRule r = EligibilityRule.findById(id);
        if (r == null) {
            throw ProblemException.notFound(AwardMessages.class, m -> m.ruleNotFound(id));
        }
        return r;
    }

    @Transactional
    public EligibilityRule add(EligibilityRuleRequest request) {
        EligibilityRule r = new EligibilityRule();
        apply(r, request);
        r.persist();
        return r;
    }

    @Transactional
    public EligibilityRule update(long id, EligibilityRuleRequest request) {
        EligibilityRule r = get(id);
        apply(r, request);
        return r;
    }

    private static void apply(EligibilityRule r, EligibilityRuleRequest q) {
        if (q.effectiveUntil() != null && q.effectiveUntil().isBefore(q.effectiveFrom())) {
            throw ProblemException.invalid("effectiveUntil", AwardMessages.class, AwardMessages::rulePeriod);
        }
        boolean taken = EligibilityRule.count("code = ?1 and kind = ?2 and effectiveFrom = ?3 and id <> ?4", q.code(),
                q.kind(), q.effectiveFrom(), r.id == null ? -1L : r.id) > 0;
        if (taken) {
            String date = vn.tongket.document.VietnameseDates.dmy(q.effectiveFrom());
            throw ProblemException.conflict(AwardMessages.class, m -> m.ruleDuplicate(q.code().name(), date));
        }
        r.code = q.code();
        r.kind = q.kind();
        r.awardForm = Text.clean(q.awardForm()) == null ? AwardRegistry.CHAIRMAN_CERTIFICATE : Text.clean(q.awardForm());
        r.minExcellentYears = q.minExcellentYears();
        r.minInitiatives = q.minInitiatives();
        r.effectiveFrom = q.effectiveFrom();
        r.effectiveUntil = q.effectiveUntil();
        r.source = Text.clean(q.source());
        r.severity = q.severity();
        r.confirmed = Boolean.TRUE.equals(q.confirmed());
    }
}
