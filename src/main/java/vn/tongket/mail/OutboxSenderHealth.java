package vn.tongket.mail;

import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Instant;
import java.util.Optional;

/**
 * Ready only while mail can go out: DOWN when the scheduler or the sender's job is paused or stopped, when the
 * sender's workers have stopped, or when the sender has shown no sign of life (a round begun, a mail settled) for three
 * intervals and the longest send. An instance that cannot send stays up for the pages; its readiness says so.
 */
@Readiness
@ApplicationScoped
public class OutboxSenderHealth implements HealthCheck {

    @Inject
    Scheduler scheduler;

    @Inject
    OutboxSender sender;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Mail sender");
        Optional<String> problem = problem();
        problem.ifPresent(p -> response.withData("problem", p));
        return response.status(problem.isEmpty()).build();
    }

    private Optional<String> problem() {
        Optional<String> stalled = sender.stalled(Instant.now());
        if (stalled.isPresent()) {
            return stalled;
        }
        if (!scheduler.isRunning()) {
            return Optional.of("scheduler stopped or paused");
        }
        if (scheduler.isPaused(OutboxSender.JOB)) {
            return Optional.of("sender's job paused");
        }
        return Optional.empty();
    }
}
