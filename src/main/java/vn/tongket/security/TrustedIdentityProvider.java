package vn.tongket.security;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import vn.tongket.ShortLivedCache;
import vn.tongket.TongketConfig;

import java.time.Instant;
import java.util.Optional;

/**
 * Restores the identity of a signed-in user from the encrypted session cookie: roles re-read, disabled users refused,
 * and the session refused when it is older than {@code tongket.security.session-max-age} or began before the user's
 * sessions were ended (sign-out, password change); a refused session's cookies are dropped and the sign-in page shown.
 * What was read serves the same user's next requests for up to {@code tongket.security.session-identity-ttl} (2 s)
 * without a database read or a hop to a worker thread; any change this instance writes to a user account (roles,
 * disabling, a password, a failed sign-in) drops every kept identity at once (see {@link Changes}), so on one
 * instance a change applies to the very next request, and on others within the TTL.
 */
@ApplicationScoped
public class TrustedIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private static final ShortLivedCache<String, SecurityIdentity> IDENTITIES = new ShortLivedCache<>(10_000);

    @Inject
    UserService users;

    @Inject
    TongketConfig config;

    @Inject
    SessionStart sessionStart;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        SecurityIdentity kept = IDENTITIES.get(username);
        if (kept != null) {
            return current(kept, http);
        }
        return context.runBlocking(() -> {
            long loadedAt = IDENTITIES.generation();
            SecurityIdentity identity = users.findEnabled(username)
                    .map(DatabaseIdentityProvider::identityOf)
                    .orElseThrow(() -> refused(http, "the user '%s' is disabled or gone", username));
            IDENTITIES.put(username, identity, loadedAt, config.sessionIdentityTtl());
            return identity;
        }).chain(identity -> current(identity, http));
    }

    /** The identity when this request's session is still current, else a failure that leads to the sign-in page. */
    private Uni<SecurityIdentity> current(SecurityIdentity identity, RoutingContext http) {
        String ended = http == null ? null : whyEnded(identity, http);
        return ended == null ? Uni.createFrom().item(identity)
                : Uni.createFrom().failure(refused(http, ended, identity.getPrincipal().getName()));
    }

    private String whyEnded(SecurityIdentity identity, RoutingContext http) {
        Optional<Instant> start = sessionStart.of(http, identity.getPrincipal().getName());
        if (start.isEmpty()) {
            return "no valid session start for '%s'";
        }
        if (!sessionStart.withinLifetime(start.get())) {
            return "the session of '%s' is past its absolute lifetime";
        }
        Instant validFrom = identity.getAttribute(DatabaseIdentityProvider.SESSIONS_VALID_FROM);
        if (validFrom != null && start.get().isBefore(validFrom)) {
            return "the session of '%s' was ended (sign-out or new password)";
        }
        return null;
    }

    /** Drops the session cookies, so the reader gets the sign-in page once instead of on every request. */
    private static AuthenticationFailedException refused(RoutingContext http, String why, String username) {
        Log.debugf("Session cookie refused: %s", why.formatted(username));
        if (http != null) {
            SessionStart.clear(http);
        }
        return new AuthenticationFailedException();
    }

    /** Entity listener on user accounts. */
    public static final class Changes {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            IDENTITIES.changedNowAndAtCommit();
        }
    }
}
