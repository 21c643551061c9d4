package vn.tongket.award;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.nomination.NominationKind;
import vn.tongket.nomination.RuleSeverity;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** One eligibility rule on the administrator's page: a new rule, or a stored one corrected in place. */
public class EligibilityRuleForm implements PageForm<EligibilityRuleRequest> {

    @RestForm
    public String code;
    @RestForm
    public String kind;
    @RestForm
    public String awardForm;
    @RestForm
    public String minExcellentYears;
    @RestForm
    public String minInitiatives;
    @RestForm
    public String effectiveFrom;
    @RestForm
    public String effectiveUntil;
    @RestForm
    public String source;
    @RestForm
    public String severity;
    @RestForm
    public String confirmed;

    @Override
    public EligibilityRuleRequest read(FormInput in) {
        return new EligibilityRuleRequest(in.choice(RuleCode.class, "code", code),
                in.choice(NominationKind.class, "kind", kind), in.text("awardForm", awardForm),
                in.integer("minExcellentYears", minExcellentYears), in.integer("minInitiatives", minInitiatives),
                in.date("effectiveFrom", effectiveFrom), in.date("effectiveUntil", effectiveUntil),
                in.text("source", source), in.choice(RuleSeverity.class, "severity", severity),
                in.ticked("confirmed", confirmed));
    }

    public static FormState of(EligibilityRule r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", r.code);
        values.put("kind", r.kind);
        values.put("awardForm", r.awardForm);
        values.put("minExcellentYears", r.minExcellentYears);
        values.put("minInitiatives", r.minInitiatives);
        values.put("effectiveFrom", r.effectiveFrom);
        values.put("effectiveUntil", r.effectiveUntil);
        values.put("source", r.source);
        values.put("severity", r.severity);
        values.put("confirmed", r.confirmed);
        return FormState.filled(values);
    }
}
