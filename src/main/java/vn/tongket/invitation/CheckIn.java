package vn.tongket.invitation;

/** The outcome of a scan: the invitation, and whether it had already been checked in before this scan. */
public record CheckIn(Invitation invitation, boolean alreadyCheckedIn) {
}
