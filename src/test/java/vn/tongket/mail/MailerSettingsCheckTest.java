package vn.tongket.mail;

import io.quarkus.mailer.runtime.Mailers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quarkus.mailer settings the outbox cannot honour are refused at start, each with what to do instead. */
class MailerSettingsCheckTest {

    private static final Set<String> DEFAULT_ONLY = Set.of(Mailers.DEFAULT_MAILER_NAME);

    @Test
    void theDefaultMailerSendingForRealIsAccepted() {
        assertEquals(List.of(), MailerSettingsCheck.refusals(DEFAULT_ONLY, false, true));
    }

    @Test
    void theMockMailerIsRefusedInProductionOnly() {
        List<String> refused = MailerSettingsCheck.refusals(DEFAULT_ONLY, true, true);
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).contains("QUARKUS_MAILER_MOCK"), refused.get(0));
        // dev mode, tests, or a demo of the packaged application
        assertEquals(List.of(), MailerSettingsCheck.refusals(DEFAULT_ONLY, true, false));
    }

    @Test
    void aNamedMailerIsRefused() {
        List<String> refused = MailerSettingsCheck.refusals(Set.of(Mailers.DEFAULT_MAILER_NAME, "backup"), false,
                true);
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).contains("quarkus.mailer.\"backup\""), refused.get(0));
    }
}
