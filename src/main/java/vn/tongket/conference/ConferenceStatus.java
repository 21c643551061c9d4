package vn.tongket.conference;

/** Life of a conference. */
public enum ConferenceStatus {
    PLANNING, IN_PROGRESS, CLOSED, CANCELLED
}
