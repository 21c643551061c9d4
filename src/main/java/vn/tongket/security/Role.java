package vn.tongket.security;

/** The roles of signed-in users; delegates have no account. */
public enum Role {
    ORGANIZER, REVIEWER, APPROVER, ADMIN;

    public static final String ORGANIZER_NAME = "ORGANIZER";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String APPROVER_NAME = "APPROVER";
    public static final String ADMIN_NAME = "ADMIN";
}
