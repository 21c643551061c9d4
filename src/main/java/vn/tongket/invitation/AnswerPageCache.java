package vn.tongket.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.ShortLivedCache;
import vn.tongket.TongketConfig;

import java.util.function.Supplier;

/**
 * What the public answer page shows of each invitation (its rendered letter and answer state), kept for a moment:
 * the page is opened again and again (reloads, a link opened on two devices, a mailing's first minutes), and
 * building it from the database costs most of a request. Nothing is kept longer than the TTL
 * ({@code tongket.rsvp.cache-ttl}, default 2 s; 0 turns it off). Only {@link InvitationService} uses it: each of its
 * changes to an invitation, and each conference, delegate or organisation change it hears of, drops everything at
 * once; a change made by another instance shows within the TTL. Answers are always written to and checked against
 * the database, never against this.
 */
@ApplicationScoped
class AnswerPageCache {

    private final ShortLivedCache<String, AnswerPage> pages = new ShortLivedCache<>(10_000);

    @Inject
    TongketConfig config;

    /** The kept page of this token, or the one {@code load} builds (kept unless something changed meanwhile). */
    AnswerPage get(String token, Supplier<AnswerPage> load) {
        AnswerPage kept = pages.get(token);
        if (kept != null) {
            return kept;
        }
        // Read before loading: a page loaded from before a change is then never kept.
        long generation = pages.generation();
        AnswerPage page = load.get();
        pages.put(token, page, generation, config.rsvpCacheTtl());
        return page;
    }

    /** Drops everything now, and again when the current transaction (if any) ends. */
    void changed() {
        pages.changedNowAndAtCommit();
    }
}
