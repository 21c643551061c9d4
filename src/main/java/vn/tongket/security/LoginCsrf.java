package vn.tongket.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The CSRF check of the login form (login CSRF: a foreign page signing the victim in as the attacker). The form posts
 * to Quarkus's /j_security_check, outside REST, so quarkus-rest-csrf does not see it; its token is checked here the
 * same way (double submit: the form field equals the csrf cookie, which another site can neither read nor set). The
 * check runs when the form mechanism has read the posted form, just before the password is checked.
 */
@ApplicationScoped
public class LoginCsrf {

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String fieldName;

    /** Whether the request is the login form's post (not HTTP Basic, not a session cookie). */
    public boolean isFormLogin(RoutingContext ctx) {
        return ctx.request().method() == HttpMethod.POST && ctx.normalizedPath().endsWith(postLocation);
    }

    public boolean passes(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(cookieName);
        String field = ctx.request().getFormAttribute(fieldName);
        if (cookie == null || field == null || field.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8));
    }
}
