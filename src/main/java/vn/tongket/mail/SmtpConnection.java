package vn.tongket.mail;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One SMTP connection of one sender worker, blocking on that worker's thread (RFC 5321; STARTTLS, RFC 3207; AUTH
 * PLAIN and LOGIN, RFC 4954; PIPELINING, RFC 2920, when offered). A mail goes in two steps so that the sender can
 * commit its record between them: {@link #transmit} writes the envelope and the data up to its final line, and
 * {@link #awaitAccepted} reads the server's answer to it. The end of the data and the commit are then two writes back
 * to back on one thread; a crash after the first cannot lose the second's record, and before it the server has an
 * unfinished mail, which it discards.
 */
final class SmtpConnection implements AutoCloseable {

    private static final byte[] CRLF = {'\r', '\n'};
    /**
     * Closes a connection whose mail is not written within the timeout: a socket's reads have a timeout, its writes
     * none (a server that stops reading would hold the sender, and the record's transaction, for ever).
     */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "smtp-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final SmtpSettings settings;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    /** EHLO keywords (upper case) and their parameters. */
    private final Map<String, String> extensions = new HashMap<>();
    private volatile boolean answerDue;

    private final Duration timeout;

    private SmtpConnection(SmtpSettings settings, Duration timeout) {
        this.settings = settings;
        this.timeout = timeout;
    }

    /** Connects, greets, starts TLS and logs in as the settings say; every wait is at most {@code timeout}. */
    static SmtpConnection open(SmtpSettings settings, Duration timeout) throws SmtpException {
        SmtpConnection c = new SmtpConnection(settings, timeout);
        try {
            c.connect();
            return c;
        } catch (SmtpException e) {
            c.abandon();
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            c.abandon();
            throw new SmtpException("cannot reach the SMTP server " + settings.host() + ":" + settings.port(), e);
        }
    }

    private void connect() throws IOException, GeneralSecurityException, SmtpException {
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        Socket plain = new Socket();
        plain.setTcpNoDelay(true);
        plain.connect(new InetSocketAddress(settings.host(), settings.port()), millis);
        plain.setSoTimeout(millis);
        use(settings.implicitTls() ? secure(plain) : plain);
        expect(read(), 220, "greeting");
        hello();
        if (!settings.implicitTls() && settings.startTls() != SmtpSettings.StartTls.DISABLED) {
            if (extensions.containsKey("STARTTLS")) {
                command("STARTTLS", 220, "STARTTLS");
                use(secure(socket));
                hello();
            } else if (settings.startTls() == SmtpSettings.StartTls.REQUIRED) {
                throw new SmtpException("the SMTP server does not offer STARTTLS, which quarkus.mailer.start-tls=REQUIRED "
                        + "asks for", true);
            }
        }
        login();
    }

    private Socket secure(Socket plain) throws IOException, GeneralSecurityException {
        SSLSocket tls = (SSLSocket) settings.sslContext().getSocketFactory()
                .createSocket(plain, settings.host(), settings.port(), true);
        if (!settings.trustAll()) {
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate names this host
            tls.setSSLParameters(parameters);
        }
        tls.setUseClientMode(true);
        tls.startHandshake();
        return tls;
    }

    private void use(Socket s) throws IOException {
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 8192);
        out = new BufferedOutputStream(s.getOutputStream(), 65536);
    }

    private void hello() throws IOException, SmtpException {
        extensions.clear();
        if (!settings.esmtp()) {
            command("HELO " + settings.heloName(), 250, "HELO");
            return;
        }
        Reply r = write("EHLO " + settings.heloName());
        if (r.code() != 250) {
            command("HELO " + settings.heloName(), 250, "HELO");
            return;
        }
        for (int i = 1; i < r.lines().size(); i++) {
            String[] words = r.lines().get(i).split("[ =]", 2);
            extensions.put(words[0].toUpperCase(Locale.ROOT), words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "");
        }
    }

    private void login() throws IOException, SmtpException {
        SmtpSettings.Login mode = settings.login();
        if (mode == SmtpSettings.Login.DISABLED) {
            return;
        }
        String offered = extensions.get("AUTH");
        if (settings.username().isEmpty() || offered == null) {
            if (mode == SmtpSettings.Login.REQUIRED) {
                throw new SmtpException(settings.username().isEmpty()
                        ? "quarkus.mailer.login=REQUIRED but no quarkus.mailer.username is set"
                        : "the SMTP server does not offer AUTH, which quarkus.mailer.login=REQUIRED asks for", true);
            }
            return;
        }
        List<String> mechanisms = List.of(offered.split("\\s+"));
        String user = settings.username().get();
        for (String mechanism : settings.authMechanisms()) {
            if (!mechanisms.contains(mechanism)) {
                continue;
            }
            if (mechanism.equals("PLAIN")) {
                command("AUTH PLAIN " + base64("\0" + user + "\0" + settings.password()), 235, "AUTH PLAIN");
            } else {
                command("AUTH LOGIN", 334, "AUTH LOGIN");
                command(base64(user), 334, "AUTH LOGIN user name");
                command(base64(settings.password()), 235, "AUTH LOGIN");
            }
            return;
        }
        throw new SmtpException("the SMTP server offers AUTH " + offered + " and none of " + settings.authMechanisms(), true);
    }

    /**
     * Writes the envelope, then {@code data} (the message as it goes on the wire: CRLF lines, dot-stuffed, ending with
     * the line "."), and returns once all of it is written; the server's answer to it is for {@link #awaitAccepted}.
     * Throws before the final line is written: the server then has no mail. All of it within the timeout, or the
     * connection is closed.
     */
    void transmit(String from, String recipient, byte[] data) throws SmtpException {
        ScheduledFuture<?> deadline = WATCHDOG.schedule(this::abandon, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            envelopeAndData(from, recipient, data);
        } finally {
            deadline.cancel(false);
        }
    }

    private void envelopeAndData(String from, String recipient, byte[] data) throws SmtpException {
        try {
            String mailFrom = "MAIL FROM:<" + from + ">";
            if (extensions.containsKey("SIZE")) {
                mailFrom += " SIZE=" + data.length;
            }
            String rcpt = "RCPT TO:<" + recipient + ">";
            if (extensions.containsKey("PIPELINING")) {
                send(mailFrom);
                send(rcpt);
                send("DATA");
                out.flush();
                Reply mail = read();
                Reply to = read();
                Reply go = read();
                if (go.code() == 354 && (mail.code() != 250 || to.code() / 10 != 25)) {
                    abandon(); // the server waits for data no recipient should get: never finish it
                    throw new SmtpException(refusal(mail.code() != 250 ? mail : to, "MAIL FROM / RCPT TO"), true);
                }
                expect(mail, 250, "MAIL FROM");
                expectRecipient(to);
                expect(go, 354, "DATA");
            } else {
                command(mailFrom, 250, "MAIL FROM");
                expectRecipient(write(rcpt));
                command("DATA", 354, "DATA");
            }
            out.write(data);
            out.flush();
            answerDue = true;
        } catch (IOException e) {
            abandon();
            throw new SmtpException("the connection to the SMTP server failed while sending", e);
        } catch (SmtpException e) {
            if (!e.broken()) {
                reset();
            }
            throw e;
        }
    }

    /** Reads the server's answer to the mail {@link #transmit} wrote: returns when it took it. */
    void awaitAccepted() throws SmtpException {
        answerDue = false;
        try {
            Reply r = read();
            if (r.code() != 250) {
                throw new SmtpException(refusal(r, "end of data"), r.code() == 421);
            }
        } catch (IOException e) {
            abandon();
            throw new SmtpException("no answer from the SMTP server to the end of the mail", e);
        }
    }

    /** The connection can take the next mail. */
    boolean usable() {
        return socket != null && !socket.isClosed() && !answerDue;
    }

    private void expectRecipient(Reply r) throws SmtpException {
        if (r.code() != 250 && r.code() != 251) {
            throw new SmtpException(refusal(r, "RCPT TO"), r.code() == 421);
        }
    }

    /** After a refused command: the connection is ready for the next mail again, or closed. */
    private void reset() {
        try {
            if (usable()) {
                command("RSET", 250, "RSET");
            }
        } catch (IOException | SmtpException e) {
            abandon();
        }
    }

    private void command(String line, int code, String what) throws IOException, SmtpException {
        expect(write(line), code, what);
    }

    /** A refusal; 421 (the server closing the connection) leaves it broken. Refused while connecting, it is closed anyway. */
    private static void expect(Reply r, int code, String what) throws SmtpException {
        if (r.code() != code) {
            throw new SmtpException(refusal(r, what), r.code() == 421);
        }
    }

    private static String refusal(Reply r, String what) {
        return what + " not accepted: " + String.join(" ", r.lines().stream().map(l -> r.code() + " " + l).toList()).trim();
    }

    private Reply write(String line) throws IOException {
        send(line);
        out.flush();
        return read();
    }

    private void send(String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write(CRLF);
    }

    /** One reply: its code and the text of each of its lines. */
    private record Reply(int code, List<String> lines) {
    }

    private Reply read() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = readLine();
            if (line.length() < 3 || !Character.isDigit(line.charAt(0))) {
                throw new IOException("not an SMTP reply: " + line);
            }
            lines.add(line.length() > 4 ? line.substring(4) : "");
            if (line.length() == 3 || line.charAt(3) != '-') {
                return new Reply(Integer.parseInt(line.substring(0, 3)), lines);
            }
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(80);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.UTF_8);
            }
            if (b.size() > 8192) {
                throw new IOException("SMTP reply line too long");
            }
            b.write(c);
        }
        throw new IOException("the SMTP server closed the connection");
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Says goodbye when the connection is idle, and closes it. */
    @Override
    public void close() {
        if (usable()) {
            try {
                socket.setSoTimeout(5000);
                write("QUIT");
            } catch (IOException e) {
                // closing anyway
            }
        }
        abandon();
    }

    private synchronized void abandon() {
        answerDue = false;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
