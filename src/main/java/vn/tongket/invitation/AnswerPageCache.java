package vn.tongket.invitation;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the public answer page shows of each invitation (its rendered letter and answer state), kept for a moment:
 * the page is opened again and again (reloads, a link opened on two devices, a mailing's first minutes), and
 * building it from the database costs most of a request. Nothing is kept longer than the TTL
 * ({@code tongket.rsvp.cache-ttl}, default 2 s; 0 turns it off), and any change this instance writes to an invitation,
 * conference, delegate or organisation (see {@link Changes}) drops everything at once; a change made by another instance
 * shows within the TTL. Answers are always written to and checked against the database, never against this.
 * A change drops the pages when it is flushed and again when its transaction ends, so a page read in between (the
 * old, still committed state) is not kept either.
 */
public final class AnswerPageCache {

    private static final int MAX_ENTRIES = 10_000;
    private static final AtomicLong GENERATION = new AtomicLong();
    private static final ConcurrentHashMap<String, Entry> PAGES = new ConcurrentHashMap<>();

    private record Entry(AnswerPage page, long generation, long expiresAt) {
    }

    private AnswerPageCache() {
    }

    /** Read before loading from the database; a page loaded from before a change is then never kept. */
    static long generation() {
        return GENERATION.get();
    }

    static AnswerPage get(String token) {
        Entry e = PAGES.get(token);
        if (e == null || e.generation != GENERATION.get() || System.nanoTime() - e.expiresAt > 0) {
            return null;
        }
        return e.page;
    }

    static void put(String token, AnswerPage page, long generation, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative() || generation != GENERATION.get()) {
            return;
        }
        if (PAGES.size() >= MAX_ENTRIES) {
            PAGES.clear();
        }
        // Each page is kept between half the TTL and the whole of it, so pages filled together (a mailing's first
        // minutes) are not all read again in the same instant.
        long kept = ttl.toNanos() / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(ttl.toNanos() / 2 + 1);
        PAGES.put(token, new Entry(page, generation, System.nanoTime() + kept));
    }

    static void changed() {
        GENERATION.incrementAndGet();
        PAGES.clear();
    }

    /** Entity listener on everything the answer page shows. */
    public static final class Changes {
        private static final Object KEY = new Object();

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            AnswerPageCache.changed();
            io.quarkus.arc.ArcContainer container = Arc.container();
            if (container == null) {
                return; // stopping: nothing is served any more
            }
            TransactionSynchronizationRegistry tx = container.instance(TransactionSynchronizationRegistry.class).get();
            if (tx.getTransactionStatus() == Status.STATUS_ACTIVE && tx.getResource(KEY) == null) {
                tx.putResource(KEY, Boolean.TRUE);
                tx.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        AnswerPageCache.changed();
                    }
                });
            }
        }
    }
}
