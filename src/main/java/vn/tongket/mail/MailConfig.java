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

    /** Mails claimed per round. */
    @WithDefault("20")
    int batchSize();

    /** Waits before each retry after a failed try; after the last one the mail is FAILED. */
    @WithDefault("PT1M,PT5M,PT15M,PT30M,PT1H,PT2H")
    List<Duration> retryDelays();

    /** A mail still "sending" after this long was interrupted (sender crashed): FAILED, for a person to check and re-send. */
    @WithDefault("PT10M")
    Duration stuckAfter();
}
