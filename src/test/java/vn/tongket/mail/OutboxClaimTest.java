package vn.tongket.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several senders at once never claim the same mail; a mail left mid-send by a stopped sender is due again. */
@QuarkusTest
class OutboxClaimTest {

    @Inject
    OutboxService outbox;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void pauseTheScheduledSender() {
        scheduler.pause();
    }

    @AfterEach
    void resumeTheScheduledSender() {
        scheduler.resume();
    }

    @Test
    void concurrentSendersClaimEachDueMailExactlyOnce() throws Exception {
        List<Long> queued = queue("claim", 30);
        List<Long> ours = claimedByFourWorkers(queued, claimed -> {
            List<Long> batch = outbox.claim(3);
            while (!batch.isEmpty()) {
                claimed.addAll(batch);
                batch = outbox.claim(3);
            }
        });
        for (Long id : ours) {
            OutboxMessage m = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id));
            assertEquals(OutboxStatus.SENDING, m.status);
            assertEquals(1, m.attempts);
            outbox.markSent(outbox.load(id));
        }
    }

    @Test
    void workersRecordingEachSentMailWithTheClaimOfTheNextHoldOneMailEachAndTakeEveryMailOnce() throws Exception {
        List<Long> queued = queue("settle", 40);
        List<Long> ours = claimedByFourWorkers(queued, claimed -> {
            var next = outbox.claimNext();
            while (next.isPresent()) {
                OutboxService.Claimed sent = next.get();
                long id = sent.id();
                claimed.add(id);
                // While it is "being sent", this worker holds exactly this one mail as SENDING.
                OutboxMessage m = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id));
                assertEquals(OutboxStatus.SENDING, m.status);
                assertTrue(sent.recipient().startsWith("settle") || !queued.contains(id));
                next = outbox.recordSent(sent, true);
            }
        });
        for (Long id : ours) {
            OutboxMessage m = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id));
            assertEquals(OutboxStatus.SENT, m.status, "recorded with the next claim");
            assertEquals(1, m.attempts);
        }
    }

    private List<Long> queue(String prefix, int n) {
        return QuarkusTransaction.requiringNew().call(() -> IntStream.range(0, n)
                .mapToObj(i -> outbox.enqueue(mail(prefix + i + "@example.vn")).id).toList());
    }

    /**
     * Runs four workers at once, each adding what it claims to the shared list, and checks that the queued mails were
     * all claimed, none twice; returns the queued mails as claimed.
     */
    private static List<Long> claimedByFourWorkers(List<Long> queued, java.util.function.Consumer<List<Long>> worker)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            workers.add(pool.submit(() -> worker.accept(claimed)));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        List<Long> ours = claimed.stream().filter(queued::contains).toList();
        assertEquals(queued.size(), ours.size(), "every mail claimed");
        assertEquals(queued.size(), new HashSet<>(ours).size(), "no mail claimed twice");
        return ours;
    }

    @Test
    void mailLeftSendingByAStoppedSenderIsDueAgainAndFailsOnlyAfterTheLastTry() {
        long id = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(mail("stuck@example.vn")).id);
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage m = OutboxMessage.findById(id);
            m.status = OutboxStatus.SENDING;
            m.attempts = 1;
            m.claimedAt = Instant.now().minusSeconds(3600);
        });
        assertTrue(outbox.recoverInterrupted() >= 1);
        OutboxMessage m = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id));
        assertEquals(OutboxStatus.PENDING, m.status, "due again: the sender that held it is gone");
        assertTrue(!m.nextAttemptAt.isAfter(Instant.now()), "due now");
        assertTrue(m.lastError.contains("Interrupted"), m.lastError);

        // A mail held by a running sender (claimed a moment ago) is left alone.
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage held = OutboxMessage.findById(id);
            held.status = OutboxStatus.SENDING;
            held.claimedAt = Instant.now();
        });
        outbox.recoverInterrupted();
        assertEquals(OutboxStatus.SENDING,
                QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id)).status);

        // Interrupted on its last try: FAILED, for a person to check and re-send.
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage last = OutboxMessage.findById(id);
            last.attempts = 100;
            last.claimedAt = Instant.now().minusSeconds(3600);
        });
        outbox.recoverInterrupted();
        m = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id));
        assertEquals(OutboxStatus.FAILED, m.status);
        assertTrue(outbox.resend(id), "a person may re-send it");
        assertEquals(false, outbox.resend(id), "only a FAILED mail is re-sent");
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.<OutboxMessage>findById(id).status = OutboxStatus.SENT);
    }

    private static OutgoingMail mail(String recipient) {
        return new OutgoingMail(null, null, null, recipient, "Thử nghiệm", "<p>Thử</p>", "Thử", List.of());
    }
}
