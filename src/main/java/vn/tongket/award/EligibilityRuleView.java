package vn.tongket.award;

import vn.tongket.nomination.NominationKind;
import vn.tongket.nomination.RuleSeverity;

import java.time.LocalDate;

/** An eligibility rule as the API returns it. */
public record EligibilityRuleView(Long id, RuleCode code, NominationKind kind, String awardForm,
                                  Integer minExcellentYears, Integer minInitiatives, LocalDate effectiveFrom,
                                  LocalDate effectiveUntil, String source, RuleSeverity severity, boolean confirmed) {

    public static EligibilityRuleView of(EligibilityRule r) {
        return new EligibilityRuleView(r.id, r.code, r.kind, r.awardForm, r.minExcellentYears, r.minInitiatives,
                r.effectiveFrom, r.effectiveUntil, r.source, r.severity, r.confirmed);
    }
}
