package vn.tongket.nomination;

/** What a broken eligibility rule does: BLOCK stops the approval, WARN is shown to the reviewer. */
public enum RuleSeverity {
    BLOCK, WARN
}
