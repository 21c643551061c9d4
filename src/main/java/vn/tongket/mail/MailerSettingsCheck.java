package vn.tongket.mail;

import io.quarkus.mailer.runtime.Mailers;
import io.quarkus.mailer.runtime.MailersRuntimeConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tongket.TongketConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Refuses to start with a {@code quarkus.mailer.*} setting the outbox cannot honour, rather than ignore it: every
 * other one is applied by the mailer's own client. Named mailers ({@code quarkus.mailer."name".*}) would be
 * configured and never used; the mock mailer in production would record every mail as sent and deliver none (a demo
 * of the packaged application, TONGKET_DEMO=true, may use it).
 */
@ApplicationScoped
public class MailerSettingsCheck {

    @Inject
    MailersRuntimeConfig mailers;

    @Inject
    TongketConfig config;

    void onStart(@Observes StartupEvent event) {
        List<String> refused = refusals(mailers.mailers().keySet(),
                OutboxSender.mocked(mailers.mailers().get(Mailers.DEFAULT_MAILER_NAME)),
                LaunchMode.current() == LaunchMode.NORMAL && !config.demo());
        if (!refused.isEmpty()) {
            throw new IllegalStateException(String.join(" ", refused));
        }
    }

    /**
     * What is wrong with these settings, one sentence each for the operator; empty when they can be honoured.
     * {@code production}: the packaged application outside demo mode.
     */
    static List<String> refusals(Set<String> mailerNames, boolean mocked, boolean production) {
        List<String> refused = new ArrayList<>();
        for (String name : mailerNames) {
            if (!Mailers.DEFAULT_MAILER_NAME.equals(name)) {
                refused.add("quarkus.mailer.\"" + name + "\".* (QUARKUS_MAILER__" + name.toUpperCase(java.util.Locale.ROOT)
                        + "__*) configures a named mailer that nothing sends with: set the default mailer's "
                        + "quarkus.mailer.* (QUARKUS_MAILER_*) instead.");
            }
        }
        if (mocked && production) {
            refused.add("quarkus.mailer.mock=true (QUARKUS_MAILER_MOCK) in production would record every mail as sent "
                    + "and deliver none: unset it, or set it to false (only a demo, TONGKET_DEMO=true, may use it).");
        }
        return refused;
    }
}
