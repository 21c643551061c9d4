package vn.tongket.invitation;

/** The invitation mail's state. */
public enum Delivery {
    NOT_SENT, QUEUED, SENT, FAILED
}
