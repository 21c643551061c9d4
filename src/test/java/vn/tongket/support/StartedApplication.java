package vn.tongket.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged application started as a process of its own (integration tests), on 127.0.0.1 and a free port. */
public record StartedApplication(Process process, int port, Path logFile) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Starts {@code pb} without the caller's QUARKUS_*, TONGKET_* and JAVA* variables, with {@code env} and the port
     * added, its output in {@code logFile}, and waits until it is ready.
     */
    public static StartedApplication start(ProcessBuilder pb, Map<String, String> env, Path logFile) throws Exception {
        int port = freePort();
        pb.redirectErrorStream(true).redirectOutput(logFile.toFile());
        Map<String, String> environment = pb.environment();
        environment.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TONGKET_") || k.startsWith("JAVA"));
        environment.putAll(env);
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        StartedApplication app = new StartedApplication(pb.start(), port, logFile);
        app.awaitReady();
        return app;
    }

    private void awaitReady() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new AssertionError("exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (get("/q/health/ready") == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready in 240 s:\n" + log());
    }

    public int get(String path) throws Exception {
        return get(path, null, null);
    }

    /** A GET with HTTP Basic credentials when {@code user} is given; the status code. */
    public int get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The JVM's arguments (a start script that replaces itself with the JVM, exec, leaves the JVM as this process). */
    public List<String> arguments() {
        return List.of(process.info().arguments().orElse(new String[0]));
    }

    /** Values of a system property of the running application at least 32 characters long, read as its owner can. */
    public List<String> longSystemProperty(String name) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), "VM.system_properties").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(jcmd.waitFor(60, TimeUnit.SECONDS));
        return out.lines().filter(l -> l.startsWith(name + "=")).map(l -> l.substring(name.length() + 1))
                .filter(v -> v.length() >= 32).toList();
    }

    /** SIGTERM, as a supervisor or docker stop sends, and the wait for a graceful exit. */
    public void stop() throws Exception {
        process.destroy();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "stopped within 120 s:\n" + log());
        int exit = process.exitValue();
        assertTrue(exit == 0 || exit == 143, "exit " + exit + " after SIGTERM:\n" + log());
    }

    public String log() {
        try {
            return Files.readString(logFile);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
