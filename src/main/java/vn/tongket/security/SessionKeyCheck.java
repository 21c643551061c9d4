package vn.tongket.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Warns when no session encryption key is configured. Quarkus then makes a temporary key and would print it in
 * its own warning (silenced in application.properties): a key in a log file lets anyone who reads the log forge
 * sign-in cookies until the next restart.
 */
@ApplicationScoped
public class SessionKeyCheck {

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;

    void onStart(@Observes StartupEvent event) {
        if (sessionKey.filter(k -> !k.isBlank()).isEmpty()) {
            Log.warn("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY is not set: a random key is used, so sign-ins end at "
                    + "every restart and differ between nodes. Set the same 32+ character secret on every node.");
        }
    }
}
