package vn.tongket.invitation;

/** The delegate's answer: attend, decline, or send a substitute. */
public enum Answer {
    ACCEPT, DECLINE, DELEGATE
}
