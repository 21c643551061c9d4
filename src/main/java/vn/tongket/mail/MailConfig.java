package vn.tongket.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** The outbox sender's pace (prefix {@code tongket.mail}); SMTP itself is configured by QUARKUS_MAILER_*. */
@ConfigMapping(prefix = "tongket.mail")
public interface MailConfig {

    /** How often the sender looks for due mails (a Quarkus scheduler interval such as "10s"). */
    @WithDefault("10s")
    String interval();

    /** Mails sent at once: each worker holds one mail at a time. */
    @WithDefault("4")
    int workers();

    /** The longest wait for the SMTP server to take one mail; then the try counts as failed. */
    @WithDefault("PT1M")
    java.time.Duration sendTimeout();

    /** Waits before each retry after a failed try; after the last one the mail is FAILED. */
    @WithDefault("PT1M,PT5M,PT15M,PT30M,PT1H,PT2H")
    List<Duration> retryDelays();

    /**
     * A mail still "sending" after this long was interrupted (its sender stopped): due again. Longer than
     * {@link #sendTimeout()}, so that no running sender still holds it.
     */
    @WithDefault("PT3M")
    Duration stuckAfter();
}
