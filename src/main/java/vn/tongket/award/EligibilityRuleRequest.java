package vn.tongket.award;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tongket.nomination.NominationKind;
import vn.tongket.nomination.RuleSeverity;
import vn.tongket.web.StorableDate;

import java.time.LocalDate;

/** Body of POST /api/eligibility-rules and PUT /api/eligibility-rules/{id}; awardForm defaults to the Chairman's Bằng khen. */
public record EligibilityRuleRequest(
        @NotNull RuleCode code,
        @NotNull NominationKind kind,
        @Size(max = 200) String awardForm,
        @Min(0) @Max(60) Integer minExcellentYears,
        @Min(0) @Max(1000) Integer minInitiatives,
        @NotNull @StorableDate LocalDate effectiveFrom,
        @StorableDate LocalDate effectiveUntil,
        @NotBlank @Size(max = 500) String source,
        @NotNull RuleSeverity severity,
        Boolean confirmed) {
}
