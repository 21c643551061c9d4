package vn.tongket.invitation;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import vn.tongket.ShortLivedCache;

import java.time.Duration;

/**
 * What the public answer page shows of each invitation (its rendered letter and answer state), kept for a moment:
 * the page is opened again and again (reloads, a link opened on two devices, a mailing's first minutes), and
 * building it from the database costs most of a request. Nothing is kept longer than the TTL
 * ({@code tongket.rsvp.cache-ttl}, default 2 s; 0 turns it off), and any change this instance writes to an invitation,
 * conference, delegate or organisation (see {@link Changes}) drops everything at once; a change made by another instance
 * shows within the TTL. Answers are always written to and checked against the database, never against this.
 */
public final class AnswerPageCache {

    private static final ShortLivedCache<String, AnswerPage> PAGES = new ShortLivedCache<>(10_000);

    private AnswerPageCache() {
    }

    /** Read before loading from the database; a page loaded from before a change is then never kept. */
    static long generation() {
        return PAGES.generation();
    }

    static AnswerPage get(String token) {
        return PAGES.get(token);
    }

    static void put(String token, AnswerPage page, long generation, Duration ttl) {
        PAGES.put(token, page, generation, ttl);
    }

    /** Entity listener on everything the answer page shows. */
    public static final class Changes {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            PAGES.changedNowAndAtCommit();
        }
    }
}
