package vn.tongket.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox: features write mails here in their own transaction; the sender claims due mails (row locks with
 * SKIP LOCKED, so two senders never take the same mail) and records each outcome.
 */
@ApplicationScoped
public class OutboxService {

    @Inject
    MailConfig config;

    @Inject
    Event<MailSettled> settled;

    /** Puts a mail in the outbox, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(OutgoingMail mail) {
        OutboxMessage m = new OutboxMessage();
        m.conferenceId = mail.conferenceId();
        m.refType = mail.refType();
        m.refId = mail.refId();
        m.recipient = mail.recipient();
        m.subject = mail.subject();
        m.htmlBody = mail.htmlBody();
        m.textBody = mail.textBody();
        m.persist();
        for (OutgoingMail.Attachment a : mail.attachments()) {
            MailAttachment attachment = new MailAttachment();
            attachment.outboxId = m.id;
            attachment.fileName = a.fileName();
            attachment.contentType = a.contentType();
            attachment.content = a.content();
            attachment.contentId = a.contentId();
            attachment.persist();
        }
        return m;
    }

    /**
     * Takes up to {@code limit} due mails for this sender: they are SENDING once this transaction commits, so no other
     * sender (another thread or instance) takes them.
     */
    @Transactional
    public List<Long> claim(int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = OutboxMessage.getEntityManager().createNativeQuery(
                        "SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?1 "
                                + "ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Instant.now())
                .setParameter(2, limit)
                .getResultList();
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        if (!claimed.isEmpty()) {
            OutboxMessage.getEntityManager().createNativeQuery("UPDATE mail_outbox SET status = 'SENDING', "
                            + "claimed_at = ?1, attempts = attempts + 1 WHERE id IN (?2)")
                    .setParameter(1, Instant.now()).setParameter(2, claimed).executeUpdate();
        }
        return claimed;
    }

    /** What the sender needs to send one claimed mail, read in one short transaction. */
    public record Claimed(long id, String refType, Long refId, Instant createdAt, int attempts, String recipient,
                          String subject, String htmlBody, String textBody, List<MailAttachment> attachments) {
    }

    /**
     * Reads a claimed mail. Read-only: Hibernate keeps no copy of the
     * bodies and attachments to compare at the flush (a 70 KB letter PDF copied and compared for every mail).
     */
    @Transactional
    public Claimed load(long id) {
        OutboxMessage m = OutboxMessage.<OutboxMessage>find("id", id).withHint(HibernateHints.HINT_READ_ONLY, true)
                .singleResult();
        List<MailAttachment> attachments = MailAttachment.<MailAttachment>find("outboxId = ?1 order by id", id)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        return new Claimed(m.id, m.refType, m.refId, m.createdAt, m.attempts, m.recipient, m.subject, m.htmlBody,
                m.textBody, attachments);
    }

    /** Claims the next due mail for one worker and reads it, in one transaction; empty when nothing is due. */
    @Transactional
    public Optional<Claimed> claimNext() {
        return claim(1).stream().findFirst().map(this::load);
    }

    /**
     * Records a mail the SMTP server has accepted as sent, and claims and reads the next due one for the same worker
     * when {@code claimNext}, in one transaction.
     */
    @Transactional
    public Optional<Claimed> recordSent(Claimed mail, boolean claimNext) {
        markSent(mail);
        return claimNext ? claimNext() : Optional.empty();
    }

    /**
     * Records a sent mail with the reference the sender already holds: one statement, not the entity, as loading it
     * would read the mail's bodies and flushing it would write them back (Hibernate updates every column), a few
     * kilobytes each way for every mail sent.
     */
    @Transactional
    public void markSent(Claimed sent) {
        OutboxMessage.update("status = ?1, sentAt = ?2, lastError = null where id = ?3", OutboxStatus.SENT, Instant.now(),
                sent.id());
        settled.fire(new MailSettled(sent.id(), sent.refType(), sent.refId(), true, null));
    }

    /** A failed try: again later after the next delay, or FAILED after the last one. */
    @Transactional
    public void markFailed(long id, String error) {
        OutboxMessage m = OutboxMessage.findById(id);
        if (retryOrGiveUp(m, error)) {
            settled.fire(new MailSettled(id, m.refType, m.refId, false, m.lastError));
        }
    }

    /** Due again after the next delay; or FAILED after the last one (true). */
    private boolean retryOrGiveUp(OutboxMessage m, String error) {
        m.lastError = truncate(error);
        List<Duration> delays = config.retryDelays();
        if (m.attempts <= delays.size()) {
            m.status = OutboxStatus.PENDING;
            m.nextAttemptAt = Instant.now().plus(delays.get(m.attempts - 1));
            return false;
        }
        m.status = OutboxStatus.FAILED;
        return true;
    }

    /**
     * Mails left SENDING by a sender that stopped mid-way (killed, or its machine lost): due again now, as another try.
     * Each sender holds one mail at a time and sends it within {@code tongket.mail.send-timeout}, so a mail SENDING
     * for longer than {@code tongket.mail.stuck-after} belongs to no running sender. It goes out again with the same
     * Message-ID: the server may have accepted it already (the sender stopped before recording that), so the
     * recipient may get it twice; never zero times.
     */
    @Transactional
    public int recoverInterrupted() {
        Instant before = Instant.now().minus(config.stuckAfter());
        @SuppressWarnings("unchecked")
        List<Number> ids = OutboxMessage.getEntityManager().createNativeQuery("SELECT id FROM mail_outbox "
                        + "WHERE status = 'SENDING' AND claimed_at < ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, before).getResultList();
        for (Number id : ids) {
            OutboxMessage m = OutboxMessage.findById(id.longValue());
            if (m.attempts <= config.retryDelays().size()) {
                m.status = OutboxStatus.PENDING;
                m.nextAttemptAt = Instant.now();
                m.lastError = "Interrupted while sending (the sender stopped); sending again.";
            } else {
                m.status = OutboxStatus.FAILED;
                m.lastError = "Interrupted while sending on the last try; check with the recipient before re-sending.";
                settled.fire(new MailSettled(m.id, m.refType, m.refId, false, m.lastError));
            }
        }
        return ids.size();
    }

    /** Re-sends a FAILED mail by hand: due now, with a fresh set of tries. Returns false when it is not FAILED. */
    @Transactional
    public boolean resend(long id) {
        OutboxMessage m = OutboxMessage.findById(id);
        if (m == null || m.status != OutboxStatus.FAILED) {
            return false;
        }
        m.status = OutboxStatus.PENDING;
        m.attempts = 0;
        m.nextAttemptAt = Instant.now();
        return true;
    }

    public OutboxMessage get(long id) {
        return OutboxMessage.findById(id);
    }

    private static String truncate(String error) {
        String e = error == null ? "unknown error" : error;
        return e.length() > 1000 ? e.substring(0, 1000) : e;
    }
}
