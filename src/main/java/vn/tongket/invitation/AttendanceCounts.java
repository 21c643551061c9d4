package vn.tongket.invitation;

import java.util.List;

/** Live counts of a conference's invitations (GET /api/conferences/{id}/attendance). */
public record AttendanceCounts(long invited, long sent, long failed, long accepted, long declined, long delegated,
                               long notAnswered, long checkedIn) {

    static AttendanceCounts of(List<Invitation> invitations) {
        return new AttendanceCounts(invitations.size(),
                invitations.stream().filter(i -> i.sentAt != null).count(),
                invitations.stream().filter(i -> i.delivery == Delivery.FAILED).count(),
                invitations.stream().filter(i -> i.answer == Answer.ACCEPT).count(),
                invitations.stream().filter(i -> i.answer == Answer.DECLINE).count(),
                invitations.stream().filter(i -> i.answer == Answer.DELEGATE).count(),
                invitations.stream().filter(i -> i.answer == null).count(),
                invitations.stream().filter(i -> i.checkedInAt != null).count());
    }
}
