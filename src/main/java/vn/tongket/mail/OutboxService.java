package vn.tongket.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
        Instant now = Instant.now();
        for (Long id : claimed) {
            OutboxMessage m = OutboxMessage.findById(id);
            m.status = OutboxStatus.SENDING;
            m.claimedAt = now;
            m.attempts++;
        }
        return claimed;
    }

    @Transactional
    public void markSent(long id) {
        OutboxMessage m = OutboxMessage.findById(id);
        m.status = OutboxStatus.SENT;
        m.sentAt = Instant.now();
        m.lastError = null;
        settled.fire(new MailSettled(id, m.refType, m.refId, true, null));
    }

    /** A failed try: again later after the next delay, or FAILED after the last one. */
    @Transactional
    public void markFailed(long id, String error) {
        OutboxMessage m = OutboxMessage.findById(id);
        m.lastError = truncate(error);
        List<Duration> delays = config.retryDelays();
        if (m.attempts <= delays.size()) {
            m.status = OutboxStatus.PENDING;
            m.nextAttemptAt = Instant.now().plus(delays.get(m.attempts - 1));
            return;
        }
        m.status = OutboxStatus.FAILED;
        settled.fire(new MailSettled(id, m.refType, m.refId, false, m.lastError));
    }

    /**
     * Mails left SENDING by a sender that stopped mid-way may or may not have left: rather than risk sending twice,
     * they become FAILED with a note, for the organiser to check and re-send by hand.
     */
    @Transactional
    public int failInterrupted() {
        Instant before = Instant.now().minus(config.stuckAfter());
        List<OutboxMessage> stuck = OutboxMessage.list("status = ?1 and claimedAt < ?2", OutboxStatus.SENDING, before);
        for (OutboxMessage m : stuck) {
            m.status = OutboxStatus.FAILED;
            m.lastError = "Interrupted while sending; check with the recipient before re-sending.";
            settled.fire(new MailSettled(m.id, m.refType, m.refId, false, m.lastError));
        }
        return stuck.size();
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
