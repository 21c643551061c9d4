package vn.tongket.invitation;

import java.time.Instant;

/** An invitation as the API shows it. */
public record InvitationView(Long id, Long delegateId, int number, String symbol, InvitationStatus status, String token,
                             String fullName, Answer answer, String substituteName, Instant sentAt, Instant checkedInAt) {

    public static InvitationView of(Invitation i) {
        return new InvitationView(i.id, i.delegate.id, i.number, i.symbol, i.status, i.token, i.delegate.fullName,
                i.answer, i.substituteName, i.sentAt, i.checkedInAt);
    }

    /** Without the answer token, for readers who may not answer for the delegate (REVIEWER, APPROVER). */
    public InvitationView withoutToken() {
        return new InvitationView(id, delegateId, number, symbol, status, null, fullName, answer, substituteName, sentAt,
                checkedInAt);
    }
}
