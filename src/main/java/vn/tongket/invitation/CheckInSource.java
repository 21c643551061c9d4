package vn.tongket.invitation;

/** Where a check-in was recorded: at the desk (scan or search) or from the paper sign-in sheet afterwards. */
public enum CheckInSource {
    DESK, PAPER
}
