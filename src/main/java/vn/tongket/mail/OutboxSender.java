package vn.tongket.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The only code that talks SMTP: every interval, claims due outbox mails and sends each one once. */
@ApplicationScoped
public class OutboxSender {

    @Inject
    OutboxService outbox;

    @Inject
    MailConfig config;

    @Inject
    Mailer mailer;

    @Scheduled(every = "${tongket.mail.interval:10s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        outbox.failInterrupted();
        List<Long> claimed = outbox.claim(config.batchSize());
        while (!claimed.isEmpty()) {
            claimed.forEach(this::send);
            claimed = outbox.claim(config.batchSize());
        }
    }

    private void send(long id) {
        OutboxMessage m = outbox.get(id);
        try {
            Mail mail = Mail.withHtml(m.recipient, m.subject, m.htmlBody).setText(m.textBody);
            for (MailAttachment a : MailAttachment.listByMessage(id)) {
                mail.addAttachment(a.fileName, a.content, a.contentType);
            }
            mailer.send(mail);
        } catch (RuntimeException e) {
            Log.warnf("Mail %d to %s not sent (try %d): %s", id, m.recipient, m.attempts, message(e));
            outbox.markFailed(id, message(e));
            return;
        }
        outbox.markSent(id);
        Log.infof("Mail %d sent to %s", id, m.recipient);
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? text : e.getMessage() + " (" + text + ")";
    }
}
