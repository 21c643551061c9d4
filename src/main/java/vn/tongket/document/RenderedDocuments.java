package vn.tongket.document;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import vn.tongket.ShortLivedCache;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Rendered documents (and the files served with them) kept in memory, bounded in bytes
 * ({@code tongket.rendering.cache-bytes}): a document is rendered once, and requests for it that arrive meanwhile wait
 * for that one rendering instead of starting their own. Each kind of document has a generation that every change to
 * its inputs moves on ({@link DocumentSetChanges}, {@link LetterChanges}: entity listeners, at flush and again at
 * commit); the generation is read before the inputs and is part of the key, so nothing rendered from older inputs is
 * served after a change (older entries leave as the least recently used).
 */
@ApplicationScoped
public class RenderedDocuments {

    /** What a document is made from decides which changes drop it. */
    public enum Kind { DOCUMENT_SET, LETTER }

    /** One document: its kind, whose it is (a conference, an invitation), which one, from which generation. */
    public record Key(Kind kind, long owner, String name, long generation) {
    }

    /** Only their generations are used: moved on at flush and again at commit, as the answer page's cache does. */
    private static final ShortLivedCache<?, ?> SET_INPUTS = new ShortLivedCache<>(0);
    private static final ShortLivedCache<?, ?> LETTER_INPUTS = new ShortLivedCache<>(0);

    private final AsyncCache<Key, byte[]> cache;

    public RenderedDocuments(RenderingConfig config) {
        cache = Caffeine.newBuilder()
                .maximumWeight(config.cacheBytes())
                .<Key, byte[]>weigher((k, v) -> v.length)
                .expireAfterWrite(config.cacheTtl())
                .buildAsync();
    }

    /** Read before reading the document's inputs, then give it to the key. */
    public long generation(Kind kind) {
        return (kind == Kind.DOCUMENT_SET ? SET_INPUTS : LETTER_INPUTS).generation();
    }

    /**
     * The kept document, or the one being rendered for another request, or {@code render}'s. When another request's
     * rendering fails (refused as busy, say), each request waiting for it tries again for itself.
     */
    public byte[] get(Key key, Supplier<byte[]> render) {
        while (true) {
            CompletableFuture<byte[]> mine = new CompletableFuture<>();
            CompletableFuture<byte[]> earlier = cache.asMap().putIfAbsent(key, mine);
            if (earlier == null) {
                return renderInto(mine, key, render);
            }
            byte[] content = earlier.join();
            if (content != null) {
                return content;
            }
        }
    }

    private byte[] renderInto(CompletableFuture<byte[]> mine, Key key, Supplier<byte[]> render) {
        try {
            byte[] content = render.get();
            mine.complete(content);
            return content;
        } catch (RuntimeException | Error e) {
            // Completed empty, not exceptionally: the cache would log every refusal as a failed load, with its stack.
            cache.asMap().remove(key, mine);
            mine.complete(null);
            throw e;
        }
    }

    /** Entity listener on everything the conference's document set is made from. */
    public static final class DocumentSetChanges {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            SET_INPUTS.changedNowAndAtCommit();
        }
    }

    /** Entity listener on everything an invitation letter is made from. */
    public static final class LetterChanges {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            LETTER_INPUTS.changedNowAndAtCommit();
        }
    }
}
