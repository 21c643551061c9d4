package vn.tongket.security;

/** The roles of signed-in users; delegates have no account. */
public enum Role {
    ORGANIZER, REVIEWER, APPROVER, ADMIN,
    /** Sở Tài chính: the budget estimate of a conference and nothing else (see {@link FinanceScope}). */
    FINANCE;

    public static final String ORGANIZER_NAME = "ORGANIZER";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String APPROVER_NAME = "APPROVER";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String FINANCE_NAME = "FINANCE";
}
