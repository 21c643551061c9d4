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
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 * few workers each claim one due mail at a time and send it (waiting at most {@code tongket.mail.send-timeout})
 * inside the transaction that records it as sent and claims the next one, committed once the SMTP server has taken
 * it, until nothing is due. Holding one mail per worker keeps what a crash can leave in doubt to one mail per worker,
 * and the held record narrows each worker's doubt to the SMTP server's answer and one commit; every mail carries a
 * Message-ID fixed by its outbox row, the same on every try.
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
    ReactiveMailer mailer;

    /** The client under the default mailer (same SMTP settings and connection pool). */
    @Inject
    MailClient client;

    /**
     * The mock mailer (dev mode) logs mails instead of sending them: kept on the Quarkus Mail API. Unset, Quarkus
     * mocks in dev and test mode.
     */
    @ConfigProperty(name = "quarkus.mailer.mock")
    Optional<Boolean> mockSetting;

    @ConfigProperty(name = "quarkus.mailer.from")
    Optional<String> from;

    @ConfigProperty(name = "quarkus.mailer.bounce-address")
    Optional<String> bounceAddress;

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
     * Before the workers share the mail client, one mail goes alone: asked for several connections at once before it
     * has opened any, the Vert.x mail client left some of those first sends waiting until the send timeout (seen in
     * bench/run mail: three of the four workers' first mails timed out after a minute each, every run). False when
     * nothing is due or the mail failed (the next round tries again).
     */
    private boolean sendFirstAlone() {
        Optional<Long> first = outbox.claimOne();
        return first.isPresent() && send(first.get(), false) != null;
    }

    private void drain() {
        Optional<Long> next = outbox.claimOne();
        while (next.isPresent() && !stopping && !Thread.currentThread().isInterrupted()) {
            Optional<Long> after = send(next.get(), true);
            next = after != null ? after : outbox.claimOne();
        }
    }

    /**
     * Reads and sends one claimed mail inside the transaction that records it as sent (and claims the next due one
     * when {@code claimNext}): written before the mail goes out, committed as soon as the SMTP server has taken it,
     * rolled back when it has not ({@link OutboxService#recordSent}). Returns the next claimed mail (empty when none or
     * not asked for), or null when the mail failed (recorded, to be tried again later).
     */
    private Optional<Long> send(long id, boolean claimNext) {
        OutboxService.Claimed[] mail = new OutboxService.Claimed[1];
        Optional<Long> next;
        try {
            next = QuarkusTransaction.requiringNew().timeout(heldSeconds()).call(() -> {
                OutboxService.Claimed m = outbox.load(id); // read in the same transaction: one a mail
                mail[0] = m;
                Optional<Long> claimed = outbox.recordSent(m, claimNext && !stopping);
                deliver(m);
                return claimed;
            });
        } catch (SmtpFailed e) {
            Log.warnf("Mail %d to %s not sent (try %d): %s", id, mail[0].recipient(), mail[0].attempts(), e.getMessage());
            connected = false;
            outbox.markFailed(id, e.getMessage());
            return null;
        }
        connected = true;
        Log.infof("Mail %d sent to %s", id, mail[0].recipient());
        return next;
    }

    /** Hands one mail to the SMTP server and waits until it has taken it; SmtpFailed when it did not. */
    private void deliver(OutboxService.Claimed m) {
        try {
            if (mockSetting.orElse(io.quarkus.runtime.LaunchMode.current() != io.quarkus.runtime.LaunchMode.NORMAL)) {
                Mail mail = Mail.withHtml(m.recipient(), m.subject(), m.htmlBody()).setText(m.textBody())
                        .addHeader("Message-ID", messageId(m));
                for (MailAttachment a : m.attachments()) {
                    if (a.contentId == null) {
                        mail.addAttachment(a.fileName, a.content, a.contentType);
                    } else {
                        mail.addInlineAttachment(a.fileName, a.content, a.contentType, "<" + a.contentId + ">");
                    }
                }
                mailer.send(mail).await().atMost(config.sendTimeout());
            } else {
                client.sendMail(message(m)).await().atMost(config.sendTimeout());
            }
        } catch (RuntimeException e) {
            throw new SmtpFailed(message(e), e);
        }
    }

    /** The held transaction outlasts the longest send, so that only the send timeout ends a slow one. */
    private int heldSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, config.sendTimeout().toSeconds() + 60);
    }

    /** The SMTP server did not take a mail: the transaction holding its record rolls back. */
    private static final class SmtpFailed extends RuntimeException {
        SmtpFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The mail for the mailer's own Vert.x client, with the same from, bounce address and parts as the Quarkus Mail
     * API would give it: that API turns each attachment's bytes into a stream of single bytes, each passed on with
     * the request context (for a 70 KB letter PDF about half of a mail's CPU; bench/run mail). Each attachment goes
     * to the client as a stream of one buffer, which it encodes and writes in one piece ({@link OneBufferStream}).
     */
    MailMessage message(OutboxService.Claimed m) {
        MailMessage message = new MailMessage().setFrom(from.orElse(null)).setTo(List.of(m.recipient()))
                .setSubject(m.subject()).setHtml(m.htmlBody()).setText(m.textBody())
                .setHeaders(MultiMap.caseInsensitiveMultiMap().add("Message-ID", messageId(m)));
        bounceAddress.ifPresent(message::setBounceAddress);
        List<io.vertx.ext.mail.MailAttachment> attached = new ArrayList<>();
        List<io.vertx.ext.mail.MailAttachment> inline = new ArrayList<>();
        for (MailAttachment a : m.attachments()) {
            io.vertx.ext.mail.MailAttachment part = io.vertx.ext.mail.MailAttachment.create().setName(a.fileName)
                    .setContentType(a.contentType).setSize(a.content.length)
                    .setStream(new OneBufferStream(Buffer.buffer(a.content)));
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
