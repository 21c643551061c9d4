package vn.tongket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/** Settings of the service itself (prefix {@code tongket}, environment {@code TONGKET_*}). */
@ConfigMapping(prefix = "tongket")
public interface TongketConfig {

    /** Demo mode seeds the demo accounts and the seed plan's conference. Never on by default in production. */
    @WithDefault("false")
    boolean demo();

    /** Password of the first administrator ({@code admin}) created when no ADMIN exists yet. */
    Optional<String> adminPassword();

    /** Where the embedded database keeps its files. */
    @WithDefault("./data")
    String dataDir();

    /** Failed sign-ins in a row that lock an account. */
    @WithName("security.max-failed-logins")
    @WithDefault("5")
    int maxFailedLogins();

    /** How long a locked account stays locked. */
    @WithName("security.lockout")
    @WithDefault("PT15M")
    java.time.Duration lockout();

    /** Per-client limits on guessing (see vn.tongket.security.ClientRateLimiter). */
    Security security();

    interface Security {
        /** Failed sign-ins, or unknown personal-link tokens, one client address may make in a window. */
        @WithDefault("20")
        int maxFailuresPerClient();

        /** The counting window; a client over the limit is refused until it ends. */
        @WithDefault("PT10M")
        java.time.Duration rateWindow();

        /** Public paths that take a personal token: an unknown token there counts as a guess. */
        @WithDefault("/rsvp/")
        java.util.List<String> tokenPaths();
    }

    /**
     * How long a signed-in user's identity (roles, enabled) read from the database serves the requests of their
     * session cookie before it is read again (see vn.tongket.security.TrustedIdentityProvider); 0: every request.
     */
    @WithName("security.session-identity-ttl")
    @WithDefault("PT2S")
    java.time.Duration sessionIdentityTtl();

    /**
     * The longest a sign-in lasts, however active the user (see vn.tongket.security.SessionStart); the form cookie's
     * idle timeout ({@code quarkus.http.auth.form.timeout}) ends it earlier when the user stops working.
     */
    @WithName("security.session-max-age")
    @WithDefault("PT10H")
    java.time.Duration sessionMaxAge();

    /** How long the public answer page keeps what it shows of an invitation (see invitation/AnswerPageCache); 0: off. */
    @WithName("rsvp.cache-ttl")
    @WithDefault("PT2S")
    java.time.Duration rsvpCacheTtl();

    /**
     * The least time between two reminders to one delegate: a remind within it (a double click, two organisers at
     * once) queues nothing more for those already reminded.
     */
    @WithName("invitation.reminder-interval")
    @WithDefault("PT1H")
    java.time.Duration reminderInterval();

    /** Public base URL used in letters and mails (answer links, QR codes). */
    @WithDefault("http://localhost:8080")
    String baseUrl();
}
