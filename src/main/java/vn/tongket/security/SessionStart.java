package vn.tongket.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tongket.TongketConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The instant a sign-in happened, in a signed cookie beside Quarkus's form cookie: that one is re-issued every few
 * minutes with a new timestamp, so it cannot tell how old the sign-in is. The start gives the session its absolute
 * lifetime ({@code tongket.security.session-max-age}) and is compared with the user's "sessions valid from" instant
 * (sign-out, password change). Signed with the session encryption key, so every node accepts what another issued.
 */
@ApplicationScoped
public class SessionStart {

    public static final String COOKIE = "tongket-session-start";
    static final String FORM_COOKIE = "tongket-session";

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    @Inject
    TongketConfig config;

    @Inject
    SessionStart(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        byte[] secret = sessionKey.filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    // No key configured (SessionKeyCheck warns): Quarkus uses a temporary one too, sign-ins end at restart.
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Sets the cookie for a sign-in happening now. */
    public void issue(RoutingContext ctx, String username) {
        ctx.response().addCookie(Cookie.cookie(COOKIE, value(username, Instant.now()))
                .setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX).setSecure(ctx.request().isSSL())
                .setMaxAge(config.sessionMaxAge().toSeconds()));
    }

    /** The cookie value saying that {@code username} signed in at {@code start}. */
    public String value(String username, Instant start) {
        String payload = B64.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + start.toEpochMilli();
        return payload + "." + B64.encodeToString(sign(payload));
    }

    /** When the request's session of {@code username} began; empty when the cookie is missing, forged or another user's. */
    public Optional<Instant> of(RoutingContext ctx, String username) {
        Cookie cookie = ctx.request().getCookie(COOKIE);
        if (cookie == null) {
            return Optional.empty();
        }
        String[] parts = cookie.getValue().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String payload = parts[0] + "." + parts[1];
            if (!MessageDigest.isEqual(sign(payload), B64D.decode(parts[2]))
                    || !username.equals(new String(B64D.decode(parts[0]), StandardCharsets.UTF_8))) {
                return Optional.empty();
            }
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a session that began at {@code start} is still within its absolute lifetime. */
    public boolean withinLifetime(Instant start) {
        return Instant.now().isBefore(start.plus(config.sessionMaxAge()));
    }

    /** Tells the browser to drop both session cookies, so an ended session does not come back on every request. */
    public static void clear(RoutingContext ctx) {
        for (String name : new String[] {FORM_COOKIE, COOKIE}) {
            ctx.response().addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                    .setSecure(ctx.request().isSSL()));
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(("session-start|" + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
