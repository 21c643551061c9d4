package vn.tongket.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.mail.MailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tongket.TongketConfig;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only code that talks SMTP. Every interval it puts back mails an earlier, stopped sender left half-way, then a
 * few workers, each with its own SMTP connection, claim one due mail at a time and send it until nothing is due.
 * Each mail is recorded as sent (with the claim of the next one) in a transaction opened before it goes out and
 * committed right after its final line is written, before the server's answer: the two writes follow each other on
 * one thread, so a crash leaves either a mail the server never finished (the record rolled back: sent again later)
 * or a mail and its record (sent once). A refusal in the server's answer takes the record back
 * ({@link OutboxService#withdraw}). Every mail carries a Message-ID fixed by its outbox row, the same on every try.
 */
@ApplicationScoped
public class OutboxSender {

    @Inject
    OutboxService outbox;

    @Inject
    MailConfig config;

    @Inject
    TongketConfig app;

    @Inject
    SmtpSettings smtp;

    /** Dev mode's mock mailer logs mails instead of sending them ({@link SmtpSettings#mocked}). */
    @Inject
    ReactiveMailer mailer;

    private final AtomicInteger threads = new AtomicInteger();
    private volatile ExecutorService workers;
    private volatile boolean stopping;
    /** An SMTP connection has worked since start or since the last failed send. */
    private volatile boolean connected;

    @Scheduled(every = "${tongket.mail.interval:10s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() throws InterruptedException {
        if (stopping) {
            return; // the persistence unit may already be gone
        }
        outbox.recoverInterrupted();
        int n = Math.max(1, config.workers());
        if (!connected && n > 1 && !sendFirstAlone()) {
            return;
        }
        if (n == 1) {
            drain();
            return;
        }
        ExecutorService pool = pool(n);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            running.add(pool.submit(this::drain));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                Log.errorf(e.getCause(), "Mail worker stopped");
            }
        }
    }

    private synchronized ExecutorService pool(int n) {
        if (workers == null) {
            workers = Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "mail-sender-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /**
     * While the SMTP server is not known to work, one mail goes alone, so that an unreachable server costs one try
     * of one mail a round rather than one of every worker's. False when nothing is due or the mail failed (the next
     * round tries again).
     */
    private boolean sendFirstAlone() {
        Optional<Long> first = outbox.claimOne();
        if (first.isEmpty()) {
            return false;
        }
        try (Worker w = new Worker()) {
            w.send(first.get(), false);
            return w.sent;
        }
    }

    private void drain() {
        try (Worker w = new Worker()) {
            Optional<Long> next = outbox.claimOne();
            while (next.isPresent() && !stopping && !Thread.currentThread().isInterrupted()) {
                Optional<Long> after = w.send(next.get(), true);
                next = after != null ? after : outbox.claimOne();
            }
        }
    }

    /** One worker's run: its SMTP connection, opened at its first mail and reopened after a broken one. */
    private final class Worker implements AutoCloseable {

        private SmtpConnection connection;
        /** The last mail sent went out. */
        private boolean sent;

        /**
         * Reads and sends one claimed mail inside the transaction that records it as sent (and claims the next due one
         * when {@code claimNext}): committed right after the mail's final line is written, rolled back when it could
         * not be written; then hears the server's answer, and takes the record back when it refused the mail. Returns
         * the next claimed mail (empty when none or not asked for), or null when the mail was not written (recorded,
         * to be tried again later).
         */
        Optional<Long> send(long id, boolean claimNext) {
            OutboxService.Claimed[] mail = new OutboxService.Claimed[1];
            sent = false;
            try {
                connect(); // before the transaction: it holds the mail's record only while the mail is written
            } catch (SmtpException e) {
                failed(id, null, e.getMessage());
                outbox.markFailed(id, e.getMessage());
                return null;
            }
            Optional<Long> next;
            try {
                next = QuarkusTransaction.requiringNew().timeout(heldSeconds()).call(() -> {
                    OutboxService.Claimed m = outbox.load(id); // read in the same transaction: one a mail
                    mail[0] = m;
                    byte[] wire = connection == null ? null : wire(m);
                    Optional<Long> claimed = outbox.recordSent(m, claimNext && !stopping);
                    transmit(m, wire);
                    return claimed;
                });
            } catch (NotWritten e) {
                failed(id, mail[0], e.getMessage());
                outbox.markFailed(id, e.getMessage());
                return null;
            } catch (RuntimeException e) {
                // not the SMTP server (a mail that cannot be encoded, the database gone at the commit): the try is
                // recorded with its cause, when the database takes it, instead of ending this worker
                Log.errorf(e, "Mail %d not sent", id);
                close();
                outbox.markFailed(id, message(e));
                return null;
            }
            try {
                if (connection != null) {
                    connection.awaitAccepted();
                }
            } catch (SmtpException e) {
                failed(id, mail[0], e.getMessage());
                outbox.withdraw(id, e.getMessage());
                return next;
            }
            connected = true;
            sent = true;
            Log.infof("Mail %d sent to %s", id, mail[0].recipient());
            return next;
        }

        /** An SMTP connection ready for the next mail (none in mock mode): the open one, or a new one. */
        private void connect() throws SmtpException {
            if (!smtp.mocked() && (connection == null || !connection.usable())) {
                close();
                connection = SmtpConnection.open(smtp, config.sendTimeout());
            }
        }

        /** Writes one mail up to its final line (its answer is read after the commit); NotWritten when it was not. */
        private void transmit(OutboxService.Claimed m, byte[] wire) {
            if (connection == null) {
                mock(m);
                return;
            }
            try {
                connection.transmit(smtp.envelopeFrom(), m.recipient(), wire);
            } catch (SmtpException e) {
                throw new NotWritten(e.getMessage(), e);
            }
        }

        private void failed(long id, OutboxService.Claimed m, String error) {
            Log.warnf("Mail %d to %s not sent (try %d): %s", id, m == null ? "?" : m.recipient(),
                    m == null ? 0 : m.attempts(), error);
            connected = false;
        }

        @Override
        public void close() {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }

    /** Dev mode: the Quarkus mock mailer logs the mail. */
    private void mock(OutboxService.Claimed m) {
        Mail mail = Mail.withHtml(m.recipient(), m.subject(), m.htmlBody()).setText(m.textBody())
                .addHeader("Message-ID", messageId(m));
        for (MailAttachment a : m.attachments()) {
            if (a.contentId == null) {
                mail.addAttachment(a.fileName, a.content, a.contentType);
            } else {
                mail.addInlineAttachment(a.fileName, a.content, a.contentType, "<" + a.contentId + ">");
            }
        }
        try {
            mailer.send(mail).await().atMost(config.sendTimeout());
        } catch (RuntimeException e) {
            throw new NotWritten(message(e), e);
        }
    }

    /** The held transaction outlasts the longest write of a mail, so that only the send timeout ends a slow one. */
    private int heldSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, config.sendTimeout().toSeconds() + 60);
    }

    /** The mail was not written in full: the transaction holding its record rolls back. */
    private static final class NotWritten extends RuntimeException {
        NotWritten(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The mail's DATA as it goes on the wire ({@link MailWire}). */
    byte[] wire(OutboxService.Claimed m) {
        int size = m.htmlBody().length() + m.textBody().length();
        for (MailAttachment a : m.attachments()) {
            size += a.content.length;
        }
        return MailWire.of(message(m), smtp.heloName(), size * 3 / 2 + 4096);
    }

    /**
     * The mail with the same From and parts as the Quarkus Mail API would give it (the bounce address is the
     * envelope's, {@link SmtpSettings#envelopeFrom}).
     */
    MailMessage message(OutboxService.Claimed m) {
        MailMessage message = new MailMessage().setFrom(smtp.from().orElse(null)).setTo(List.of(m.recipient()))
                .setSubject(m.subject()).setHtml(m.htmlBody()).setText(m.textBody())
                .setHeaders(MultiMap.caseInsensitiveMultiMap().add("Message-ID", messageId(m)));
        List<io.vertx.ext.mail.MailAttachment> attached = new ArrayList<>();
        List<io.vertx.ext.mail.MailAttachment> inline = new ArrayList<>();
        for (MailAttachment a : m.attachments()) {
            io.vertx.ext.mail.MailAttachment part = io.vertx.ext.mail.MailAttachment.create().setName(a.fileName)
                    .setContentType(a.contentType).setData(Buffer.buffer(a.content));
            if (a.contentId == null) {
                attached.add(part.setDisposition("attachment"));
            } else {
                inline.add(part.setDisposition("inline").setContentId("<" + a.contentId + ">"));
            }
        }
        return message.setAttachment(attached).setInlineAttachment(inline);
    }

    /** "&lt;tongket.42.1733616000000@tongket.example.vn&gt;": the same for every try of one outbox mail. */
    String messageId(OutboxService.Claimed m) {
        String host = URI.create(app.baseUrl()).getHost();
        return "<tongket." + m.id() + "." + m.createdAt().toEpochMilli() + "@" + (host == null ? "tongket" : host) + ">";
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
