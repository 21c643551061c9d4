package vn.tongket.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.MessagingException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on the port the application sends to; start and stop it to simulate an outage. */
@QuarkusTestResource(SmtpPortResource.class)
public final class MailServer {

    private GreenMail greenMail;

    public static MailServer started() {
        MailServer server = new MailServer();
        server.start();
        return server;
    }

    public void start() {
        int port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
        greenMail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** The messages received so far for one recipient. */
    public List<MimeMessage> to(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
