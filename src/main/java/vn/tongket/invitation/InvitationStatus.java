package vn.tongket.invitation;

/**
 * Where an invitation stands, as the organiser sees it: the latest of mail delivery, answer and check-in; WITHDRAWN
 * (thu hồi) over all of them.
 */
public enum InvitationStatus {
    ISSUED, QUEUED, SENT, FAILED, ACCEPTED, DECLINED, DELEGATED, CHECKED_IN, WITHDRAWN
}
