package vn.tongket.security;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tongket.TongketConfig;
import vn.tongket.web.Messages;
import vn.tongket.web.Pages;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: per client address, failed sign-ins (login form or HTTP Basic) and unknown personal-link
 * tokens are counted in a fixed window; past the limit the client gets 429 until the window ends. A sign-in attempt
 * counts as a failure from its start and is given back when it succeeds, so parallel guesses cannot outrun the count
 * (at most the limit reach the password check), while successful sign-ins, however many, never add up. Counters live in this node's memory:
 * behind a load balancer each node limits on its own (enable quarkus.http.proxy.proxy-address-forwarding so the
 * client's address, not the proxy's, is used).
 */
@ApplicationScoped
public class ClientRateLimiter {

    /** LOGIN and TOKEN count failures; VERIFY counts every document verification (each reads and checks a PDF). */
    enum Kind { LOGIN, TOKEN, VERIFY }

    private static final int MAX_TRACKED_CLIENTS = 100_000;

    @Inject
    TongketConfig config;

    @Inject
    vn.tongket.signature.SigningConfig signing;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        // Right after Quarkus's own first handlers (headers, request body) and well before authentication,
        // so a blocked client does not even reach the password check.
        router.route().order(Integer.MIN_VALUE + 2).handler(this::filter);
    }

    void filter(RoutingContext ctx) {
        Kind kind = kindOf(ctx);
        if (kind == null) {
            ctx.next();
            return;
        }
        String client = clientOf(ctx);
        long now = System.currentTimeMillis();
        Window window = windowOf(kind, client, now);
        if (kind == Kind.VERIFY) {
            // Anyone may verify, but each verification reads a whole PDF and checks its signatures: counted, all of them.
            if (!counted(window.reserve(limit(kind)), kind, client, window, now)) {
                refuse(ctx, window.secondsLeft(now));
                return;
            }
        } else if (kind == Kind.LOGIN) {
            // Counted before the password check and given back on success: parallel guesses cannot outrun the count.
            if (!counted(window.reserve(limit()), kind, client, window, now)) {
                refuse(ctx, window.secondsLeft(now));
                return;
            }
            ctx.addHeadersEndHandler(v -> {
                if (!isFailure(kind, ctx)) {
                    window.release();
                }
            });
        } else {
            // A token look-up is cheap and a token unguessable: count at the end, so that many delegates behind one
            // address opening their pages at once are never refused.
            if (window.blocked(now, limit())) {
                refuse(ctx, window.secondsLeft(now));
                return;
            }
            ctx.addHeadersEndHandler(v -> {
                if (isFailure(kind, ctx)) {
                    counted(window.reserve(Integer.MAX_VALUE), kind, client, window, System.currentTimeMillis());
                }
            });
        }
        ctx.next();
    }

    private Kind kindOf(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (ctx.request().method() == HttpMethod.POST && (path.equals("/api/verify") || path.equals("/verify")
                || path.startsWith("/verify/"))) {
            return Kind.VERIFY;
        }
        if (path.equals("/j_security_check") && ctx.request().method() == HttpMethod.POST) {
            return Kind.LOGIN;
        }
        String auth = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Kind.LOGIN;
        }
        for (String prefix : config.security().tokenPaths()) {
            if (path.startsWith(prefix)) {
                return Kind.TOKEN;
            }
        }
        return null;
    }

    private static boolean isFailure(Kind kind, RoutingContext ctx) {
        int status = ctx.response().getStatusCode();
        if (kind == Kind.TOKEN) {
            return status == 404;
        }
        if (status == 401) {
            return true;
        }
        String location = ctx.response().headers().get(HttpHeaders.LOCATION);
        return status == 302 && location != null && location.contains("/login?error");
    }

    /** Whether a failure could be counted (false: the window was full); logs when the limit is reached. */
    private boolean counted(int failures, Kind kind, String client, Window window, long now) {
        if (failures < 0) {
            return false;
        }
        if (failures == limit(kind)) {
            Log.warnf("Rate limit: %s reached %d %s attempts; refused for %d s", client, limit(kind),
                    switch (kind) {
                        case LOGIN -> "failed sign-in";
                        case TOKEN -> "failed personal-link";
                        case VERIFY -> "document verification";
                    }, window.secondsLeft(now));
        }
        return true;
    }

    private Window windowOf(Kind kind, String client, long now) {
        if (windows.size() > MAX_TRACKED_CLIENTS) {
            windows.values().removeIf(w -> w.expired(now));
        }
        long windowMillis = config.security().rateWindow().toMillis();
        return windows.compute(key(kind, client), (k, w) -> w == null || w.expired(now)
                ? new Window(now, now + windowMillis) : w);
    }

    private int limit() {
        return config.security().maxFailuresPerClient();
    }

    private int limit(Kind kind) {
        return kind == Kind.VERIFY ? signing.maxVerificationsPerClient() : limit();
    }

    private static String key(Kind kind, String client) {
        return kind + "|" + client;
    }

    private static String clientOf(RoutingContext ctx) {
        var address = ctx.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    private static void refuse(RoutingContext ctx, long seconds) {
        Pages.refuse(ctx, 429, seconds, ctx.normalizedPath().startsWith("/api"), Messages::errorTooManyAttempts,
                m -> m.errorTooManyAttemptsDetail(seconds / 60 + 1));
    }

    /** Failures of one client in one fixed window. */
    private static final class Window {
        private final long start;
        private final long end;
        private int failures;

        Window(long start, long end) {
            this.start = start;
            this.end = end;
        }

        /** One more attempt counted as failed; the count, or -1 when the limit is already reached. */
        synchronized int reserve(int limit) {
            return failures >= limit ? -1 : ++failures;
        }

        /** The attempt succeeded: it is not a failure after all. */
        synchronized void release() {
            failures--;
        }

        synchronized boolean blocked(long now, int limit) {
            return now < end && failures >= limit;
        }

        boolean expired(long now) {
            return now >= end;
        }

        long secondsLeft(long now) {
            return Math.max(1, (end - Math.max(now, start) + 999) / 1000);
        }
    }
}
