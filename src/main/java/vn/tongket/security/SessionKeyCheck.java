package vn.tongket.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Gives the application a random session key of its own when none is configured, and warns then. Quarkus would
 * otherwise make one and print it in its warning: a key in a log file lets anyone who reads the log forge an
 * administrator's sign-in cookie. application.properties uses this key only when no configuration source names one.
 */
@ApplicationScoped
public class SessionKeyCheck {

    /** The system property application.properties falls back to for quarkus.http.auth.session.encryption-key. */
    public static final String GENERATED_KEY = "tongket-generated-session-key";

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;

    /** Called by Main before Quarkus starts; the key lives in this process only and is never written anywhere. */
    public static void generateFallbackKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        System.setProperty(GENERATED_KEY, Base64.getUrlEncoder().withoutPadding().encodeToString(key));
    }

    void onStart(@Observes StartupEvent event) {
        String generated = System.getProperty(GENERATED_KEY);
        if (sessionKey.filter(k -> !k.isBlank() && !k.equals(generated)).isEmpty()) {
            Log.warn("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY is not set: a random key is used, so sign-ins end at "
                    + "every restart and differ between nodes. Set the same 32+ character secret on every node.");
        }
    }
}
