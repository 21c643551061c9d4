package vn.tongket.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import vn.tongket.ShortLivedCache;
import vn.tongket.TongketConfig;

/**
 * Restores the identity of a signed-in user from the encrypted session cookie: roles re-read, disabled users refused.
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

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        SecurityIdentity kept = IDENTITIES.get(username);
        if (kept != null) {
            return Uni.createFrom().item(kept);
        }
        return context.runBlocking(() -> {
            long loadedAt = IDENTITIES.generation();
            SecurityIdentity identity = users.findEnabled(username)
                    .map(DatabaseIdentityProvider::identityOf)
                    .orElseThrow(AuthenticationFailedException::new);
            IDENTITIES.put(username, identity, loadedAt, config.sessionIdentityTtl());
            return identity;
        });
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
