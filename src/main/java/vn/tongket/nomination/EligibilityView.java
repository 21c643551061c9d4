package vn.tongket.nomination;

/** An eligibility finding as the API and the review page show it. */
public record EligibilityView(String rule, RuleSeverity severity, String message, String source) {

    public boolean blocks() {
        return severity == RuleSeverity.BLOCK;
    }
}
