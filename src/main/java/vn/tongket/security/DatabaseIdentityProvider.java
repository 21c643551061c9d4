package vn.tongket.security;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks a username and password (HTTP Basic and the login form) against the users table. A sign-in through the form
 * must carry its CSRF token, and on success gets the cookie that dates the session (see {@link SessionStart}).
 */
@ApplicationScoped
public class DatabaseIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Identity attribute: the user's {@link UserAccount#sessionsValidFrom}, when set. */
    static final String SESSIONS_VALID_FROM = "sessionsValidFrom";

    @Inject
    UserService users;

    @Inject
    LoginCsrf csrf;

    @Inject
    SessionStart sessionStart;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        boolean form = http != null && csrf.isFormLogin(http);
        if (form && !csrf.passes(http)) {
            Log.infof("Sign-in of '%s' refused: the login form's CSRF token is missing or wrong", request.getUsername());
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return context.runBlocking(() -> {
            SecurityIdentity identity = users
                    .authenticate(request.getUsername(), new String(request.getPassword().getPassword()))
                    .map(DatabaseIdentityProvider::identityOf)
                    .orElseThrow(AuthenticationFailedException::new);
            if (form) {
                sessionStart.issue(http, identity.getPrincipal().getName());
            }
            return identity;
        });
    }

    static SecurityIdentity identityOf(UserAccount user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(user.roleNames())
                .addAttribute("fullName", user.fullName);
        if (user.sessionsValidFrom != null) {
            builder.addAttribute(SESSIONS_VALID_FROM, user.sessionsValidFrom);
        }
        return builder.build();
    }
}
