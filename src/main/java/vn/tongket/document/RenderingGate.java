package vn.tongket.document;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tongket.web.ServiceBusyException;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most {@code tongket.rendering.max-concurrent} renderings (PDFs, the combined set's merge, spreadsheet exports) at
 * once, each holding a whole document in memory; a short queue waits for a slot ({@code queue}, at most
 * {@code queue-wait}); anything beyond is refused with {@link ServiceBusyException} (503, Retry-After) so that a flood
 * of requests costs threads, not heap. A job that starts another (a combined PDF rendering its cover) runs it in the
 * slot it holds.
 */
@ApplicationScoped
public class RenderingGate {

    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private final AtomicInteger waiting = new AtomicInteger();
    private final Semaphore slots;
    private final RenderingConfig config;

    public RenderingGate(RenderingConfig config) {
        this.config = config;
        this.slots = new Semaphore(config.maxConcurrent().orElse(Runtime.getRuntime().availableProcessors()), true);
    }

    public <T> T run(Supplier<T> job) {
        if (inside.get()) {
            return job.get();
        }
        acquire();
        inside.set(Boolean.TRUE);
        try {
            return job.get();
        } finally {
            inside.remove();
            slots.release();
        }
    }

    /** Requests waiting for a slot now. */
    public int waiting() {
        return waiting.get();
    }

    private void acquire() {
        if (slots.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > config.queue()) {
            waiting.decrementAndGet();
            throw busy();
        }
        try {
            if (!slots.tryAcquire(config.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private ServiceBusyException busy() {
        return new ServiceBusyException(config.retryAfterSeconds());
    }
}
