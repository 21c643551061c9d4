package vn.tongket;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How long a value is kept and what drops it, on a clock the test moves by hand rather than by waiting. */
class ShortLivedCacheTest {

    private static final Duration TTL = Duration.ofSeconds(2);

    private final AtomicLong now = new AtomicLong(-5_000_000_000L); // nanoTime may be negative; differences count
    private final ShortLivedCache<String, String> cache = new ShortLivedCache<>(1_000, now::get);

    @Test
    void aValueIsKeptForAtLeastHalfTheTtlAndNeverLongerThanIt() {
        // The kept time is drawn at random between half the TTL and the TTL: many keys cover the draw.
        for (int i = 0; i < 200; i++) {
            cache.put("k" + i, "v" + i, cache.generation(), TTL);
        }
        now.addAndGet(TTL.toNanos() / 2);
        for (int i = 0; i < 200; i++) {
            assertEquals("v" + i, cache.get("k" + i), "kept for half the TTL");
        }
        now.addAndGet(TTL.toNanos() / 2 + 1);
        for (int i = 0; i < 200; i++) {
            assertNull(cache.get("k" + i), "gone once the TTL has passed");
        }
    }

    @Test
    void aChangeDropsEveryKeptValueAtOnce() {
        cache.put("a", "1", cache.generation(), TTL);
        cache.put("b", "2", cache.generation(), TTL);
        cache.changed();
        assertNull(cache.get("a"));
        assertNull(cache.get("b"));
    }

    @Test
    void aValueLoadedBeforeAChangeIsNotKept() {
        long loadedAt = cache.generation();
        cache.changed();
        cache.put("a", "stale", loadedAt, TTL);
        assertNull(cache.get("a"));
        cache.put("a", "fresh", cache.generation(), TTL);
        assertEquals("fresh", cache.get("a"));
    }

    @Test
    void aTtlOfZeroKeepsNothing() {
        cache.put("a", "1", cache.generation(), Duration.ZERO);
        assertNull(cache.get("a"));
    }
}
