package vn.tongket.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tongket.support.MailServer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Readiness tells whether mail can go out: DOWN while the sender's job is paused or its workers have stopped (as after
 * an out-of-memory error), UP again once the next round has started them again; DOWN when it shows no sign of life.
 */
@QuarkusTest
class SenderReadinessTest {

    @Inject
    Scheduler scheduler;

    @Inject
    OutboxSender sender;

    @Inject
    OutboxService outbox;

    @AfterEach
    void resumeTheSender() {
        scheduler.resume(OutboxSender.JOB);
        scheduler.resume();
    }

    @Test
    void readinessIsDownWhileTheSendersJobIsPaused() throws Exception {
        awaitSender("UP");
        scheduler.pause(OutboxSender.JOB);
        assertEquals("sender's job paused", awaitSender("DOWN").get("problem"));
        scheduler.resume(OutboxSender.JOB);
        awaitSender("UP");
    }

    @Test
    void readinessIsDownWhileTheSchedulerIsPaused() throws Exception {
        awaitSender("UP");
        scheduler.pause();
        assertEquals("scheduler stopped or paused", awaitSender("DOWN").get("problem"));
        scheduler.resume();
        awaitSender("UP");
    }

    @Test
    void readinessIsDownWhileTheWorkersAreStoppedAndUpOnceTheyAreStartedAgain() throws Exception {
        ExecutorService workers = startedWorkers();
        scheduler.pause(OutboxSender.JOB);
        workers.shutdownNow();
        assertEquals("workers stopped", awaitSender("DOWN").get("problem"));
        scheduler.resume(OutboxSender.JOB);
        awaitSender("UP");
        assertTrue(sender.workers() != workers && !sender.workers().isShutdown(), "a new pool of workers");
    }

    @Test
    void aSenderWithoutSignOfLifeForThreeIntervalsAndTheLongestSendIsStalled() {
        assertTrue(sender.stalled(Instant.now()).isEmpty());
        assertTrue(sender.stalled(Instant.now().plusSeconds(3 + 15 + 1)).isPresent(), "test settings: 1 s and 15 s");
    }

    /** The workers' pool, started by sending one mail (several workers share the rounds once a mail has gone). */
    private ExecutorService startedWorkers() throws InterruptedException {
        if (sender.workers() != null) {
            return sender.workers();
        }
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("status = ?1 where status in (?2, ?3)",
                OutboxStatus.FAILED, OutboxStatus.PENDING, OutboxStatus.SENDING));
        MailServer smtp = MailServer.started();
        try {
            QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(new OutgoingMail(null, "TEST", null,
                    "san-sang@example.vn", "Thử sẵn sàng", "<p>Thư thử</p>", "Thư thử", List.of())));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (sender.workers() == null && System.nanoTime() < until) {
                Thread.sleep(50);
            }
        } finally {
            smtp.stop();
        }
        assertNotNull(sender.workers(), "the sender started its workers");
        return sender.workers();
    }

    /** Waits until the readiness check of the mail sender says {@code status}; returns its data. */
    private static Map<String, Object> awaitSender(String status) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Map<String, Object> check = senderCheck();
        while (!status.equals(check.get("status")) && System.nanoTime() < until) {
            Thread.sleep(50);
            check = senderCheck();
        }
        assertEquals(status, check.get("status"), String.valueOf(check));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) check.getOrDefault("data", Map.of());
        return data;
    }

    private static Map<String, Object> senderCheck() {
        Response ready = RestAssured.get("/q/health/ready");
        List<Map<String, Object>> checks = ready.jsonPath().getList("checks");
        Map<String, Object> check = checks.stream().filter(c -> "Mail sender".equals(c.get("name"))).findFirst()
                .orElse(Map.of());
        if ("DOWN".equals(check.get("status"))) {
            assertEquals(503, ready.statusCode(), "the sender DOWN makes readiness DOWN");
        }
        return check;
    }
}
