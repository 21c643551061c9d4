package vn.tongket.invitation;

import java.time.Instant;

/** The delegate let in by a check-in (and the substitute who came in their place, if any). */
public record CheckInView(Long invitationId, Long delegateId, String fullName, String position, String organization,
                          String substituteName, String substitutePosition, Instant checkedInAt) {

    public static CheckInView of(Invitation i) {
        return new CheckInView(i.id, i.delegate.id, i.delegate.fullName, i.delegate.position,
                i.delegate.organizationName(), i.substituteName, i.substitutePosition, i.checkedInAt);
    }
}
