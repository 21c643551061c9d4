package vn.tongket;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Values read from the database, kept for a moment (between half the TTL and the whole of it, so that values filled
 * together are not all read again in the same instant). Any change to what they were read from drops everything at
 * once: {@link #changed()} is called by whoever makes the change (a service, an entity listener) when it is made, and again when its transaction
 * ends ({@link #changedNowAndAtCommit()}), so a value read in between (the old, still committed state) is not kept.
 * A value loaded before a change is never kept: read {@link #generation()} before loading and give it to put.
 */
public final class ShortLivedCache<K, V> {

    private final int maxEntries;
    private final LongSupplier nanoTime;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Object txKey = new Object();

    private record Entry<V>(V value, long generation, long expiresAt) {
    }

    public ShortLivedCache(int maxEntries) {
        this(maxEntries, System::nanoTime);
    }

    /** With a clock of its own, so that a test of the TTL does not depend on how fast it runs. */
    ShortLivedCache(int maxEntries, LongSupplier nanoTime) {
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    public long generation() {
        return generation.get();
    }

    /** The kept value, or null when there is none, it is too old or anything changed since it was loaded. */
    public V get(K key) {
        Entry<V> e = entries.get(key);
        if (e == null || e.generation != generation.get() || nanoTime.getAsLong() - e.expiresAt > 0) {
            return null;
        }
        return e.value;
    }

    /** Keeps a value loaded at {@code loadedAt} (a {@link #generation()}); a TTL of 0 or less keeps nothing. */
    public void put(K key, V value, long loadedAt, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative() || loadedAt != generation.get()) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        long kept = ttl.toNanos() / 2 + ThreadLocalRandom.current().nextLong(ttl.toNanos() / 2 + 1);
        entries.put(key, new Entry<>(value, loadedAt, nanoTime.getAsLong() + kept));
    }

    public void changed() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** At a change inside a transaction: drops everything now, and again when the current transaction (if any) ends. */
    public void changedNowAndAtCommit() {
        changed();
        ArcContainer container = Arc.container();
        if (container == null) {
            return; // stopping: nothing is served any more
        }
        TransactionSynchronizationRegistry tx = container.instance(TransactionSynchronizationRegistry.class).get();
        if (tx.getTransactionStatus() == Status.STATUS_ACTIVE && tx.getResource(txKey) == null) {
            tx.putResource(txKey, Boolean.TRUE);
            tx.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    changed();
                }
            });
        }
    }
}
