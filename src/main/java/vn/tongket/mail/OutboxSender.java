package vn.tongket.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.mailer.runtime.Mailers;
import io.quarkus.mailer.runtime.MailersRuntimeConfig;
import io.quarkus.mailer.runtime.MailerRuntimeConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.mail.MailMessage;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tongket.TongketConfig;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only code that sends mail, through the Vert.x mail client that Quarkus Mailer configures from
 * {@code quarkus.mailer.*}. Every interval it puts back mails an earlier, stopped sender left half-way, then a few
 * workers claim one due mail at a time and send it until nothing is due. A mail is recorded as sent only after the
 * SMTP server accepted it: a crash between the server's answer and that record leaves the mail claimed, and it goes
 * out again (with the same Message-ID, fixed by its outbox row) once it counts as interrupted. A mail may so arrive
 * twice after a crash, at most one per worker, and never zero times.
 */
@ApplicationScoped
public class OutboxSender {

    /** The sender's scheduled job, as the scheduler and the readiness check name it. */
    static final String JOB = "mail-sender";

    @Inject
    OutboxService outbox;

    @Inject
    MailConfig config;

    @Inject
    TongketConfig app;

    /** The client under the default mailer: its SMTP settings and connection pool. */
    @Inject
    MailClient client;

    /** The Quarkus Mail API, for the settings only it applies (mock, approved-recipients). */
    @Inject
    ReactiveMailer mailer;

    @Inject
    MailersRuntimeConfig mailers;

    private MailerRuntimeConfig settings;
    /** Three intervals and the longest send: a running sender shows a sign of life within this. */
    private Duration stalledAfter;
    /** The mock mailer (dev mode) or approved recipients: mails go through the Mail API, which applies them. */
    private boolean throughMailApi;

    private final AtomicInteger threads = new AtomicInteger();
    private volatile ExecutorService workers;
    private volatile boolean stopping;
    /** An SMTP connection has worked since start or since the last failed send. */
    private volatile boolean connected;
    /** When a round last started or a mail last settled: the readiness check's sign of life. */
    private volatile Instant lastBeat = Instant.now();

    @PostConstruct
    void readSettings() {
        settings = mailers.mailers().get(Mailers.DEFAULT_MAILER_NAME);
        throughMailApi = mocked(settings) || settings.approvedRecipients().filter(r -> !r.isEmpty()).isPresent();
        stalledAfter = DurationConverter.parseDuration(config.interval()).multipliedBy(3).plus(config.sendTimeout());
    }

    /** As Quarkus decides it: unset, dev and test mode log mails instead of sending them. */
    static boolean mocked(MailerRuntimeConfig settings) {
        return settings.mock().orElse(LaunchMode.current().isDevOrTest());
    }

    @Scheduled(identity = JOB, every = "${tongket.mail.interval:10s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() throws InterruptedException {
        if (stopping) {
            return; // the persistence unit may already be gone
        }
        beat();
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

    /** The workers' pool; a pool found shut down (not by the application's stop) is replaced, and said so. */
    private synchronized ExecutorService pool(int n) {
        if (workers != null && workers.isShutdown()) {
            Log.error("The mail workers had stopped; starting them again");
            workers = null;
        }
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

    /** Why the sender cannot send now (stopping, its workers stopped, no sign of life for too long), or empty. */
    Optional<String> stalled(Instant now) {
        if (stopping) {
            return Optional.of("stopping");
        }
        ExecutorService pool = workers;
        if (pool != null && pool.isShutdown()) {
            return Optional.of("workers stopped");
        }
        Instant due = lastBeat.plus(stalledAfter);
        return now.isAfter(due) ? Optional.of("no round or mail since " + lastBeat) : Optional.empty();
    }

    /** For tests: the workers' pool, to stop it as a crash of the workers would; null before the first round. */
    ExecutorService workers() {
        return workers;
    }

    private void beat() {
        lastBeat = Instant.now();
    }

    /**
     * While the SMTP server is not known to work, one mail goes alone, so that an unreachable server costs one try
     * of one mail a round rather than one of every worker's; asked for several connections at once before it has
     * opened any, the Vert.x mail client also left some of those first sends waiting until the send timeout. False
     * when nothing is due or the mail failed (the next round tries again).
     */
    private boolean sendFirstAlone() {
        Optional<OutboxService.Claimed> first = outbox.claimNext();
        return first.isPresent() && send(first.get(), false) != null;
    }

    private void drain() {
        Optional<OutboxService.Claimed> next = outbox.claimNext();
        while (next.isPresent() && !stopping && !Thread.currentThread().isInterrupted()) {
            Optional<OutboxService.Claimed> after = send(next.get(), true);
            next = after != null ? after : outbox.claimNext();
        }
    }

    /**
     * Sends one claimed mail and, once the server has accepted it, records it as sent and claims the next due one when
     * {@code claimNext}. Returns that next mail (empty when none or not asked for), or null when the mail was not sent
     * (recorded as a failed try, to be tried again later).
     */
    private Optional<OutboxService.Claimed> send(OutboxService.Claimed m, boolean claimNext) {
        try {
            deliver(m);
        } catch (RuntimeException e) {
            Log.warnf("Mail %d to %s not sent (try %d): %s", m.id(), m.recipient(), m.attempts(), message(e));
            connected = false;
            outbox.markFailed(m.id(), message(e));
            beat();
            return null;
        }
        connected = true;
        beat();
        Log.infof("Mail %d sent to %s", m.id(), m.recipient());
        return outbox.recordSent(m, claimNext && !stopping);
    }

    /** Hands one mail to the SMTP server and waits, at most the send timeout, until it has accepted it. */
    private void deliver(OutboxService.Claimed m) {
        if (throughMailApi) {
            mailer.send(mail(m)).await().atMost(config.sendTimeout());
        } else {
            client.sendMail(message(m)).await().atMost(config.sendTimeout());
        }
    }

    /** The mail for the Quarkus Mail API (which passes attachments on byte by byte: only where its settings need it). */
    private Mail mail(OutboxService.Claimed m) {
        Mail mail = Mail.withHtml(m.recipient(), m.subject(), m.htmlBody()).setText(m.textBody())
                .addHeader("Message-ID", messageId(m));
        for (MailAttachment a : m.attachments()) {
            if (a.contentId == null) {
                mail.addAttachment(a.fileName, a.content, a.contentType);
            } else {
                mail.addInlineAttachment(a.fileName, a.content, a.contentType, "<" + a.contentId + ">");
            }
        }
        return mail;
    }

    /**
     * The mail for the mailer's own Vert.x client, with the From and bounce address the Mail API would give it. Each
     * attachment goes as a stream of one buffer ({@link OneBufferStream}): given as data, the client writes it line by
     * line, a socket write and a promise each.
     */
    MailMessage message(OutboxService.Claimed m) {
        MailMessage message = new MailMessage().setFrom(settings.from().orElse(null))
                .setBounceAddress(settings.bounceAddress().orElse(null)).setTo(List.of(m.recipient()))
                .setSubject(m.subject()).setHtml(m.htmlBody()).setText(m.textBody())
                .setHeaders(MultiMap.caseInsensitiveMultiMap().add("Message-ID", messageId(m)));
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
