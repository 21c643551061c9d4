package vn.tongket.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sender's SMTP conversation against real servers: GreenMail for logging in and for TLS from the first byte, a
 * small server of our own for STARTTLS and PIPELINING. Each setting is one of the standard quarkus.mailer ones.
 */
class SmtpConnectionTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final byte[] MAIL = ("Subject: =?UTF-8?Q?Gi=E1=BA=A5y_m=E1=BB=9Di?=\r\nMessage-ID: <t.1@tongket>\r\n\r\n"
            + "Kinh gui\r\n..dong bat dau bang dau cham\r\n.\r\n").getBytes(StandardCharsets.US_ASCII);

    private GreenMail greenMail;

    @AfterEach
    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    void logsInWithPlainOrLoginAndRefusesWrongCredentials() throws Exception {
        int port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser("tongket@example.vn", "tongket", "mật-khẩu đúng");

        for (String mechanism : List.of("PLAIN", "LOGIN")) {
            SmtpSettings s = settings(port);
            s.login = "REQUIRED";
            s.username = Optional.of("tongket");
            s.password = Optional.of("mật-khẩu đúng");
            s.authMethods = Optional.of(mechanism);
            send(s, "dang-nhap-" + mechanism.toLowerCase() + "@example.vn");
        }
        assertEquals(2, greenMail.getReceivedMessages().length);

        SmtpSettings wrong = settings(port);
        wrong.username = Optional.of("tongket");
        wrong.password = Optional.of("sai");
        SmtpException e = assertThrows(SmtpException.class, () -> send(wrong, "sai-mat-khau@example.vn"));
        assertTrue(e.getMessage().contains("535"), e.getMessage());
        assertEquals(2, greenMail.getReceivedMessages().length, "nothing sent without logging in");

        SmtpSettings noUser = settings(port);
        noUser.login = "REQUIRED";
        e = assertThrows(SmtpException.class, () -> send(noUser, "khong-ten@example.vn"));
        assertTrue(e.getMessage().contains("quarkus.mailer.username"), e.getMessage());
    }

    @Test
    void tlsFromTheFirstByteChecksTheCertificateUnlessTrustAll() throws Exception {
        int port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        greenMail.start();

        SmtpSettings trusting = settings(port);
        trusting.tls = Optional.of(true);
        trusting.trustAll = Optional.of(true);
        send(trusting, "smtps@example.vn");
        assertEquals(1, greenMail.getReceivedMessages().length);

        SmtpSettings strict = settings(port);
        strict.tls = Optional.of(true);
        SmtpException e = assertThrows(SmtpException.class, () -> send(strict, "khong-tin@example.vn"));
        assertTrue(e.getMessage().contains("cannot reach the SMTP server"), e.getMessage());

        Path store = Files.createTempFile("greenmail", ".p12");
        try (InputStream in = GreenMail.class.getResourceAsStream("/greenmail.p12")) {
            Files.copy(in, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        SmtpSettings authority = settings(port);
        authority.tls = Optional.of(true);
        authority.truststorePaths = Optional.of(List.of(store.toString()));
        authority.truststorePassword = Optional.of("changeit");
        e = assertThrows(SmtpException.class, () -> send(authority, "sai-ten@example.vn"));
        assertTrue(e.getMessage().toLowerCase().contains("name") || e.getMessage().contains("subject alternative"),
                "trusted, but its certificate does not name 127.0.0.1: " + e.getMessage());
        assertEquals(1, greenMail.getReceivedMessages().length);
        Files.delete(store);
    }

    @Test
    void startsTlsWhenOfferedPipelinesTheEnvelopeAndNeverSendsInTheClearWhenRequired() throws Exception {
        try (StartTlsSmtpServer server = new StartTlsSmtpServer(true)) {
            SmtpSettings s = settings(server.port());
            s.trustAll = Optional.of(true);
            send(s, "starttls@example.vn");
            assertEquals(1, server.messages.size());
            assertTrue(server.messages.get(0).startsWith("TLS "), "the data went after STARTTLS");
            assertTrue(server.messages.get(0).contains("..dong bat dau bang dau cham"), "dot-stuffing kept on the wire");
            assertTrue(server.commands.contains("STARTTLS"));
            assertTrue(server.commands.contains("TLS MAIL FROM:<tongket@example.vn>"), server.commands.toString());
        }
        try (StartTlsSmtpServer plain = new StartTlsSmtpServer(false)) {
            SmtpSettings s = settings(plain.port());
            s.startTls = "REQUIRED";
            SmtpException e = assertThrows(SmtpException.class, () -> send(s, "ro-rang@example.vn"));
            assertTrue(e.getMessage().contains("STARTTLS"), e.getMessage());
            assertTrue(plain.messages.isEmpty());
            assertFalse(plain.commands.stream().anyMatch(c -> c.startsWith("MAIL")), plain.commands.toString());
        }
    }

    @Test
    void aRefusedRecipientLeavesTheConnectionReadyForTheNextMail() throws Exception {
        try (StartTlsSmtpServer server = new StartTlsSmtpServer(false);
             SmtpConnection c = SmtpConnection.open(settings(server.port()), WAIT)) {
            SmtpException e = assertThrows(SmtpException.class,
                    () -> c.transmit("tongket@example.vn", "refuse@example.vn", MAIL));
            assertTrue(e.getMessage().contains("550 5.1.1 no such user"), e.getMessage());
            assertFalse(e.broken());
            assertTrue(c.usable());
            c.transmit("tongket@example.vn", "nhan@example.vn", MAIL);
            c.awaitAccepted();
            assertEquals(1, server.messages.size());
            assertTrue(server.commands.contains("RSET"), server.commands.toString());
        }
    }

    @Test
    void aServerThatStopsReadingCannotHoldTheSenderPastTheTimeout() throws Exception {
        byte[] big = new byte[64 * 1024 * 1024]; // more than the sockets' buffers on loopback
        java.util.Arrays.fill(big, (byte) 'A');
        for (int i = 76; i < big.length; i += 78) {
            big[i] = '\r';
            big[i + 1] = '\n';
        }
        try (StartTlsSmtpServer server = new StartTlsSmtpServer(false);
             SmtpConnection c = SmtpConnection.open(settings(server.port()), Duration.ofSeconds(2))) {
            long started = System.nanoTime();
            SmtpException e = assertThrows(SmtpException.class, () -> c.transmit("tongket@example.vn", "stall@example.vn", big));
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(e.broken(), e.getMessage());
            assertFalse(c.usable());
            assertTrue(seconds < 30, "ended by the 2 s timeout, not the server's 60 s: " + seconds);
        }
    }

    private static void send(SmtpSettings s, String recipient) throws SmtpException {
        try (SmtpConnection c = SmtpConnection.open(s, WAIT)) {
            c.transmit(s.envelopeFrom(), recipient, MAIL);
            c.awaitAccepted();
        }
    }

    /** The settings as application.properties leaves them (start-tls OPTIONAL, login NONE), for 127.0.0.1. */
    private static SmtpSettings settings(int port) {
        SmtpSettings s = new SmtpSettings();
        s.host = "127.0.0.1";
        s.port = OptionalInt.of(port);
        s.tls = Optional.empty();
        s.startTls = "OPTIONAL";
        s.login = "NONE";
        s.username = Optional.empty();
        s.password = Optional.empty();
        s.authMethods = Optional.empty();
        s.trustAll = Optional.empty();
        s.truststorePaths = Optional.empty();
        s.truststorePassword = Optional.empty();
        s.truststoreType = Optional.empty();
        s.ownHostName = Optional.of("tongket.test");
        s.from = Optional.of("Tổng kết <tongket@example.vn>");
        s.bounceAddress = Optional.empty();
        s.mock = Optional.of(false);
        return s;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
