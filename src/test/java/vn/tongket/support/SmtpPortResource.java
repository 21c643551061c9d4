package vn.tongket.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Reserves a free port for the SMTP server the application sends to in tests. Mail tests start GreenMail on it
 * ({@link MailServer}); while none runs, mails fail and are retried like against any SMTP server that is down.
 */
public class SmtpPortResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Map.of("quarkus.mailer.port", String.valueOf(socket.getLocalPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
