package vn.tongket.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Limits on PDF rendering and the cache of rendered documents (prefix {@code tongket.rendering}). */
@ConfigMapping(prefix = "tongket.rendering")
public interface RenderingConfig {

    /** Renderings (PDF layout, merging) at once; default the number of cores. */
    Optional<Integer> maxConcurrent();

    /** Requests that may wait for a free rendering slot; beyond them the answer is 503 with Retry-After. */
    @WithDefault("32")
    int queue();

    /** The longest a request waits in the queue before it is answered 503. */
    @WithDefault("PT20S")
    Duration queueWait();

    /** Retry-After sent with a 503, in seconds. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** Bytes of rendered documents and served files kept in memory (least recently used go first). */
    @WithDefault("50000000")
    long cacheBytes();

    /**
     * The longest a rendered document is kept. A change this instance writes drops it at once; a change written by
     * another instance behind the same load balancer shows after this at the latest.
     */
    @WithDefault("PT5M")
    Duration cacheTtl();
}
