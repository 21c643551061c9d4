package bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static bench.Bench.*;
import static bench.Tasks.*;

/** A multi-threaded SMTP sink counting every message by recipient and Message-ID, and a bare SMTP client. */
final class SmtpSink {
    record Message(String from, List<String> recipients, String messageId, byte[] data) {
    }

    final int port;
    final boolean store;
    volatile ServerSocket server;
    final Set<Socket> open = ConcurrentHashMap.newKeySet();
    final ExecutorService pool = Executors.newCachedThreadPool(daemon());
    final AtomicInteger total = new AtomicInteger();
    final Map<String, AtomicInteger> byRecipient = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> byMessageId = new ConcurrentHashMap<>();
    final List<Message> stored = Collections.synchronizedList(new ArrayList<>());

    private SmtpSink(int port, boolean store) {
        this.port = port;
        this.store = store;
    }

    static SmtpSink start(boolean store) throws IOException {
        ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        int port = probe.getLocalPort();
        probe.close();
        SmtpSink s = new SmtpSink(port, store);
        s.up();
        return s;
    }

    /** For the applications that send mails: the sender looks for due mails every second (default 10 s). */
    Map<String, String> mailEnv() {
        Map<String, String> env = env();
        env.put("TONGKET_MAIL_INTERVAL", "1s");
        return env;
    }

    Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_MAILER_MOCK", "false");
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", String.valueOf(port));
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        return env;
    }

    synchronized void up() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        server = s;
        Thread t = new Thread(() -> accept(s), "sink-accept");
        t.setDaemon(true);
        t.start();
    }

    /** Refuses connections from now on (and drops open ones) until up(). */
    synchronized void down() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }

    void stop() throws IOException {
        down();
        pool.shutdownNow();
    }

    /** Forgets what arrived so far (after a warm-up, once everything sent has arrived). */
    void reset() {
        synchronized (stored) {
            stored.clear();
            byRecipient.clear();
            byMessageId.clear();
            total.set(0);
        }
    }

    List<Message> messages() {
        synchronized (stored) {
            return new ArrayList<>(stored);
        }
    }

    /** Recipients with no mail, copies beyond the first, and whether every repeated mail kept its Message-ID. */
    record Tally(long missing, long extra, boolean sameMessageId) {
        @Override
        public String toString() {
            return missing + " lost, " + extra + " extra copies" + (sameMessageId ? ", each with its Message-ID"
                    : ", some with another Message-ID");
        }
    }

    Tally tally(Set<String> expected) {
        long missing = expected.stream().filter(r -> !byRecipient.containsKey(r)).count();
        long extra = byRecipient.values().stream().mapToLong(c -> c.get() - 1).sum();
        long idExtra = byMessageId.values().stream().mapToLong(c -> c.get() - 1).sum();
        return new Tally(missing, extra, idExtra == extra);
    }

    /** "exactly once: 500 of 500" or what went wrong, by recipient (one mail per invitation) and Message-ID. */
    String exactlyOnce(Set<String> expected) {
        long twice = byRecipient.values().stream().filter(c -> c.get() > 1).count();
        long missing = expected.stream().filter(r -> !byRecipient.containsKey(r)).count();
        long idTwice = byMessageId.values().stream().filter(c -> c.get() > 1).count();
        if (twice == 0 && missing == 0 && idTwice == 0 && total.get() == expected.size()) {
            return "exactly once: " + expected.size() + " of " + expected.size();
        }
        return String.format("%d mails for %d recipients: %d missing, %d received twice or more, %d Message-IDs repeated",
                total.get(), expected.size(), missing, twice, idTwice);
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket c = s.accept();
                open.add(c);
                pool.execute(() -> serve(c));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(60_000);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
            OutputStream out = socket.getOutputStream();
            reply(out, "220 bench-sink ESMTP");
            String from = null;
            List<String> rcpts = new ArrayList<>();
            while (true) {
                byte[] raw = readLine(in);
                if (raw == null) {
                    return;
                }
                String line = new String(raw, StandardCharsets.US_ASCII);
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-bench-sink\r\n250-8BITMIME\r\n250 SIZE 104857600");
                    case "HELO" -> reply(out, "250 bench-sink");
                    case "MAIL" -> {
                        from = address(line);
                        rcpts = new ArrayList<>();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        rcpts.add(address(line));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        receive(in, from, rcpts);
                        reply(out, "250 OK queued");
                    }
                    case "RSET" -> {
                        from = null;
                        rcpts = new ArrayList<>();
                        reply(out, "250 OK");
                    }
                    case "NOOP" -> reply(out, "250 OK");
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // connection dropped (or sink going down)
        } finally {
            open.remove(socket);
        }
    }

    private void receive(InputStream in, String from, List<String> rcpts) throws IOException {
        ByteArrayOutputStream wire = store ? new ByteArrayOutputStream(256 * 1024) : null;
        String messageId = null;
        boolean headers = true;
        while (true) {
            byte[] line = readLine(in);
            if (line == null) {
                throw new IOException("connection closed in DATA");
            }
            if (line.length == 1 && line[0] == '.') {
                break;
            }
            if (wire != null) {
                wire.write(line);
                wire.write('\r');
                wire.write('\n');
            }
            if (headers) {
                if (line.length == 0) {
                    headers = false;
                } else if (line.length > 11 && new String(line, 0, 11, StandardCharsets.US_ASCII).equalsIgnoreCase("message-id:")) {
                    messageId = new String(line, 11, line.length - 11, StandardCharsets.US_ASCII).trim();
                }
            }
        }
        for (String r : rcpts) {
            byRecipient.computeIfAbsent(r, k -> new AtomicInteger()).incrementAndGet();
        }
        if (messageId != null) {
            byMessageId.computeIfAbsent(messageId, k -> new AtomicInteger()).incrementAndGet();
        }
        if (wire != null) {
            stored.add(new Message(from, List.copyOf(rcpts), messageId, wire.toByteArray()));
        }
        total.incrementAndGet();
    }

    /** Sends stored messages over one connection, one after the other, waiting for each reply (as the app does). */
    void bareSend(List<Message> messages) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            InputStream in = new BufferedInputStream(s.getInputStream(), 65536);
            OutputStream out = new java.io.BufferedOutputStream(s.getOutputStream(), 65536);
            expect(in, "220");
            command(out, in, "EHLO bench-client", "250");
            for (Message m : messages) {
                command(out, in, "MAIL FROM:<" + m.from + ">", "250");
                for (String r : m.recipients) {
                    command(out, in, "RCPT TO:<" + r + ">", "250");
                }
                command(out, in, "DATA", "354");
                out.write(m.data);
                out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                expect(in, "250");
            }
            command(out, in, "QUIT", "221");
        }
    }

    private static void command(OutputStream out, InputStream in, String line, String code) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expect(in, code);
    }

    private static void expect(InputStream in, String code) throws IOException {
        while (true) {
            byte[] raw = readLine(in);
            check(raw != null, "connection closed");
            String line = new String(raw, StandardCharsets.US_ASCII);
            check(line.startsWith(code), "expected " + code + ", got " + line);
            if (line.length() < 4 || line.charAt(3) != '-') {
                return;
            }
        }
    }

    private static String address(String line) {
        int lt = line.indexOf('<');
        int gt = line.indexOf('>', lt + 1);
        return lt >= 0 && gt > lt ? line.substring(lt + 1, gt).toLowerCase(Locale.ROOT) : line;
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One line without its CRLF (wire bytes, dot-stuffing kept), or null at the end of the stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                byte[] line = b.toByteArray();
                int len = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
                return java.util.Arrays.copyOf(line, len);
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toByteArray();
    }
}
