package vn.tongket.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tongket.support.HoldingSmtpServer;
import vn.tongket.support.MailServer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mail is recorded as sent only after the SMTP server accepted it: while the server withholds its answer to the end
 * of the data, the mail is still "sending", even to a dirty read (READ UNCOMMITTED: no transaction holds a record of
 * it); a refusal in that answer is a failed try, tried again later. A mail that fails for a reason of its own (an
 * address the MIME encoder refuses) is a failed try with that reason, and the sender goes on with the next.
 */
@QuarkusTest
class SentRecordTest {

    @Inject
    OutboxService outbox;

    @Inject
    OutboxSender sender;

    @Inject
    Scheduler scheduler;

    @Inject
    DataSource dataSource;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicBoolean sending = new AtomicBoolean(true);
    private Future<?> run;

    @BeforeEach
    void onlyThisTestsMailIsDue() {
        scheduler.pause();
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("status = ?1 where status in (?2, ?3)",
                OutboxStatus.FAILED, OutboxStatus.PENDING, OutboxStatus.SENDING));
    }

    @AfterEach
    void stop() throws Exception {
        sending.set(false);
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
        scheduler.resume();
    }

    @Test
    void aMailIsRecordedAsSentOnlyOnceTheServerAcceptedIt() throws Exception {
        try (HoldingSmtpServer smtp = HoldingSmtpServer.on(smtpPort())) {
            long id = queue("cho-tra-loi@example.vn");
            HoldingSmtpServer.Held held = sendUntilHeld(smtp);
            assertTrue(held.data().contains("cho-tra-loi@example.vn"), held.data());

            assertEquals("SENDING", dirtyStatus(id), "no record of it as sent, committed or not, before the answer");
            assertNull(committed(id).sentAt);

            held.answer("250 2.0.0 queued");
            OutboxMessage m = awaitStatus(id, OutboxStatus.SENT);
            stopSending();
            assertNotNull(m.sentAt);
            assertNull(m.lastError);
        }
    }

    @Test
    void aMailTheServerRefusesAtTheEndOfItsDataIsAFailedTryNeverRecordedAsSent() throws Exception {
        try (HoldingSmtpServer smtp = HoldingSmtpServer.on(smtpPort())) {
            long id = queue("tu-choi@example.vn");
            HoldingSmtpServer.Held held = sendUntilHeld(smtp);
            assertEquals("SENDING", dirtyStatus(id));
            // Counted when claimed; a first try may have met a connection the previous test's server left in the
            // client's pool (a timeout), so this try is not always the first.
            int triesWhenHeld = committed(id).attempts;

            Instant refused = Instant.now();
            // No further round once this try ends: the retry, due a second later, would be a second try.
            sending.set(false);
            held.answer("554 5.6.0 message refused");
            OutboxMessage m = awaitStatus(id, OutboxStatus.PENDING);
            stopSending();
            assertNull(m.sentAt, "never recorded as sent");
            assertTrue(m.lastError.contains("554 5.6.0 message refused"), m.lastError);
            assertEquals(triesWhenHeld, m.attempts, "the refused try counts as one, the one claimed");
            assertTrue(m.nextAttemptAt.isAfter(refused), "tried again after the first retry delay");
            setAside(id);
        }
    }

    /**
     * Runs the sender, as its schedule would, until {@link #stopSending} (a first try may meet a stale connection), and
     * returns the mail the server has received and not answered yet.
     */
    private HoldingSmtpServer.Held sendUntilHeld(HoldingSmtpServer smtp) throws InterruptedException {
        run = background.submit(() -> {
            while (sending.get()) {
                sender.sendDue();
                Thread.sleep(100);
            }
            return null;
        });
        return smtp.awaitMessage(Duration.ofSeconds(30));
    }

    @Test
    void aMailThatCannotBeEncodedIsAFailedTryAndTheNextOneStillGoes() throws Exception {
        MailServer smtp = MailServer.started();
        try {
            long bad = queue("dia-chi sai<<@example.vn");
            long good = queue("dia-chi-dung@example.vn");
            // While no mail has gone since the last failure, one mail goes alone a round: the first due. A first try
            // may also meet a connection the previous test's server left in the client's pool (a timeout, retried).
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
                sender.sendDue();
                String error = committed(bad).lastError;
                return committed(good).status == OutboxStatus.SENT && error != null
                        && error.contains("invalid email address");
            });
            OutboxMessage refused = committed(bad);
            assertEquals(OutboxStatus.PENDING, refused.status);
            assertTrue(refused.attempts >= 1, "the try counted: " + refused.attempts);
            assertNull(refused.sentAt);
            assertTrue(refused.lastError.contains("invalid email address"), refused.lastError);
            assertEquals(OutboxStatus.SENT, committed(good).status);
            assertEquals(1, smtp.to("dia-chi-dung@example.vn").size());
            setAside(bad);
        } finally {
            smtp.stop();
        }
    }

    /** Stops the sender and checks that it ended without an error. */
    private void stopSending() throws Exception {
        sending.set(false);
        run.get(30, TimeUnit.SECONDS);
    }

    private long queue(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(new OutgoingMail(null, null, null, recipient,
                "Thử giữ bản ghi", "<p>Thư thử</p>", "Thư thử", List.of())).id);
    }

    private static void setAside(long id) {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("status = ?1 where id = ?2", OutboxStatus.FAILED,
                id));
    }

    private static OutboxMessage committed(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id));
    }

    private static OutboxMessage awaitStatus(long id, OutboxStatus status) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        OutboxMessage m = committed(id);
        while (m.status != status && System.nanoTime() < until) {
            Thread.sleep(50);
            m = committed(id);
        }
        assertEquals(status, m.status);
        return m;
    }

    /** The row as the sender's open transaction has it, committed or not. */
    private String dirtyStatus(long id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM mail_outbox WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    return rs.getString(1);
                }
            } finally {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
        }
    }

    private static int smtpPort() {
        return ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
    }
}
