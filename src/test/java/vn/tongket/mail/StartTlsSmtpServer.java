package vn.tongket.mail;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP server for the parts GreenMail lacks: it offers STARTTLS (with GreenMail's self-signed certificate) and
 * PIPELINING, refuses recipients whose address starts with "refuse", stops reading after DATA for those starting
 * with "stall", and records every command line it
 * reads (marking those read after TLS started) and every message's data.
 */
final class StartTlsSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final boolean offerStartTls;
    private final SSLContext tls;
    final List<String> commands = new CopyOnWriteArrayList<>();
    final List<String> messages = new CopyOnWriteArrayList<>();

    StartTlsSmtpServer(boolean offerStartTls) throws Exception {
        this.offerStartTls = offerStartTls;
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = com.icegreen.greenmail.util.GreenMail.class.getResourceAsStream("/greenmail.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "changeit".toCharArray());
        tls = SSLContext.getInstance("TLS");
        tls.init(factory.getKeyManagers(), null, null);
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "starttls-smtp");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                Thread t = new Thread(() -> serve(s), "starttls-smtp-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket plain) {
        Socket s = plain;
        boolean secure = false;
        try {
            BufferedReader in = reader(s);
            OutputStream out = s.getOutputStream();
            say(out, "220 starttls-test ESMTP");
            String line;
            int recipients = 0;
            boolean stall = false;
            while ((line = in.readLine()) != null) {
                commands.add((secure ? "TLS " : "") + line);
                String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO" -> say(out, "250-starttls-test\r\n250-PIPELINING\r\n"
                            + (offerStartTls && !secure ? "250-STARTTLS\r\n" : "") + "250 8BITMIME");
                    case "STAR" -> {
                        say(out, "220 go ahead");
                        SSLSocket t = (SSLSocket) tls.getSocketFactory().createSocket(s, null, s.getPort(), true);
                        t.setUseClientMode(false);
                        t.startHandshake();
                        s = t;
                        secure = true;
                        in = reader(s);
                        out = s.getOutputStream();
                    }
                    case "MAIL", "RSET" -> {
                        recipients = 0;
                        say(out, "250 OK");
                    }
                    case "RCPT" -> {
                        boolean refused = line.toLowerCase().contains("<refuse");
                        stall = line.toLowerCase().contains("<stall");
                        recipients += refused ? 0 : 1;
                        say(out, refused ? "550 5.1.1 no such user" : "250 OK");
                    }
                    case "DATA" -> {
                        if (recipients == 0) {
                            say(out, "554 5.5.1 no valid recipients");
                            continue;
                        }
                        say(out, "354 go ahead");
                        if (stall) {
                            Thread.sleep(60_000); // reads nothing more: the client's writes fill the socket and wait
                            return;
                        }
                        StringBuilder data = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            data.append(line).append("\r\n");
                        }
                        messages.add((secure ? "TLS " : "") + data);
                        say(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    default -> say(out, "250 OK");
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        } finally {
            try {
                s.close();
            } catch (IOException e) {
                // closed
            }
        }
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void say(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
