package vn.tongket.nomination;

import java.util.function.Function;

/**
 * One eligibility rule a nomination breaks: the rule's code, what it does, the clause it comes from, and the message in
 * a language ("vi" or "en") chosen when the answer is written.
 */
public record EligibilityFinding(String rule, RuleSeverity severity, String source, Function<String, String> message) {

    public boolean blocks() {
        return severity == RuleSeverity.BLOCK;
    }

    public EligibilityView view(String language) {
        return new EligibilityView(rule, severity, message.apply(language), source);
    }
}
