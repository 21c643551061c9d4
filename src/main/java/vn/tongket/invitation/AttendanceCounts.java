package vn.tongket.invitation;

/** Live counts of a conference's invitations, withdrawn ones left out (GET /api/conferences/{id}/attendance). */
public record AttendanceCounts(long invited, long sent, long failed, long accepted, long declined, long delegated,
                               long notAnswered, long checkedIn, long queued) {

    /** The counts of a conference in one aggregate query, without loading its invitations. */
    public static AttendanceCounts forConference(long conferenceId) {
        Object[] row = Invitation.getEntityManager().createQuery("""
                        select count(i),
                               sum(case when i.sentAt is not null then 1 else 0 end),
                               sum(case when i.delivery = :failed then 1 else 0 end),
                               sum(case when i.answer = :accept then 1 else 0 end),
                               sum(case when i.answer = :decline then 1 else 0 end),
                               sum(case when i.answer = :delegate then 1 else 0 end),
                               sum(case when i.answer is null then 1 else 0 end),
                               sum(case when i.checkedInAt is not null then 1 else 0 end),
                               sum(case when i.delivery = :queued then 1 else 0 end)
                        from Invitation i where i.conference.id = :conference and i.withdrawnAt is null""", Object[].class)
                .setParameter("failed", Delivery.FAILED).setParameter("queued", Delivery.QUEUED).setParameter("accept", Answer.ACCEPT)
                .setParameter("decline", Answer.DECLINE).setParameter("delegate", Answer.DELEGATE)
                .setParameter("conference", conferenceId).getSingleResult();
        long[] n = new long[row.length];
        for (int k = 0; k < row.length; k++) {
            n[k] = row[k] == null ? 0 : ((Number) row[k]).longValue(); // SUM over no rows is NULL
        }
        return new AttendanceCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
    }
}
