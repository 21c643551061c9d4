package vn.tongket.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A minimal SMTP server that takes each message in full and then withholds its answer to the end of DATA until the
 * test gives it ({@link Held#answer}): the moment between the server having the mail and the sender hearing so.
 */
public final class HoldingSmtpServer implements AutoCloseable {

    /** A message received in full whose final answer the test has not given yet. */
    public record Held(String data, CompletableFuture<String> reply) {
        public void answer(String line) {
            reply.complete(line);
        }
    }

    private final ServerSocket socket;
    private final BlockingQueue<Held> held = new LinkedBlockingQueue<>();
    private final Thread acceptor;
    /** Open connections: closed with the server, so that no pooled client connection outlives it. */
    private final java.util.Set<Socket> connections = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private HoldingSmtpServer(int port) throws IOException {
        socket = new ServerSocket(port);
        acceptor = daemon(this::accept, "holding-smtp");
    }

    public static HoldingSmtpServer on(int port) {
        try {
            return new HoldingSmtpServer(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next message received in full, its answer withheld; fails after {@code wait}. */
    public Held awaitMessage(Duration wait) throws InterruptedException {
        Held h = held.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (h == null) {
            throw new AssertionError("no message reached the SMTP server within " + wait);
        }
        return h;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                connections.add(s);
                daemon(() -> serve(s), "holding-smtp-connection");
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = s.getOutputStream()) {
            say(out, "220 localhost holding test SMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO" -> say(out, "250-localhost\r\n250 8BITMIME");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> say(out, "250 OK");
                    case "DATA" -> {
                        say(out, "354 go ahead");
                        StringBuilder data = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            data.append(line).append("\r\n");
                        }
                        Held h = new Held(data.toString(), new CompletableFuture<>());
                        held.add(h);
                        say(out, h.reply().get(2, TimeUnit.MINUTES));
                    }
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    default -> say(out, "502 not implemented");
                }
            }
        } catch (Exception e) {
            // connection closed by the client or the test: nothing to answer
        } finally {
            connections.remove(s);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        acceptor.interrupt();
        for (Socket s : connections) {
            s.close();
        }
    }
}
