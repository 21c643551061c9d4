package vn.tongket.threat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Threat: the packaged application writes the session key (or another secret) to its log, letting any reader forge
 * an administrator's session; defence: fast-jar installs the JBoss log manager and Quarkus never has to make a key.
 * Also: the embedded database's files under java.io.tmpdir survive a SIGTERM and the next start.
 */
class SecretsInLogThreatIT {

    /** The README's run command (`./mvnw -B package -DskipTests`, then this from the repository root). */
    static final List<String> README_COMMAND =
            List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-jar", "target/quarkus-app/quarkus-run.jar");
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Pattern LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d (TRACE|DEBUG|INFO |WARN |ERROR|FATAL) \\[.*");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The working directory: ./data, the embedded database, lies under java.io.tmpdir. */
    @TempDir
    Path work;

    @Test
    void theReadmeStartLogsNoSecretInOneFormatAndItsDataSurvivesSigterm() throws Exception {
        String adminPassword = "It-" + UUID.randomUUID();

        Started first = start(adminPassword);
        assertEquals(200, first.get("/api/conferences", adminPassword), "the administrator from TONGKET_ADMIN_PASSWORD");
        List<String> sessionKeys = new ArrayList<>(first.systemProperty("tongket-generated-session-key"));
        first.stop();
        assertTrue(Files.exists(work.resolve("data/mysql/tongket/flyway_schema_history.ibd")),
                "the database's files are still there after SIGTERM");

        Started second = start(adminPassword);
        assertEquals(200, second.get("/api/conferences", adminPassword));
        sessionKeys.addAll(second.systemProperty("tongket-generated-session-key"));
        second.stop();

        for (Started run : List.of(first, second)) {
            String log = run.log();
            assertTrue(sessionKeys.stream().noneMatch(log::contains), "no session key in the log:\n" + log);
            assertFalse(log.contains(adminPassword), "no administrator password in the log:\n" + log);
            assertFalse(log.contains("temporary key"), "Quarkus never made a key of its own:\n" + log);
            assertFalse(log.contains("LogManager accessed"), "the JBoss log manager was installed first:\n" + log);
            List<String> foreign = new ArrayList<>();
            for (String line : log.split("\n")) {
                if (line.contains(" ERROR ") || line.contains("[ERROR]")) {
                    foreign.add("ERROR line: " + line);
                } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !LOG_LINE.matcher(line).matches()) {
                    foreign.add(line);
                }
            }
            assertEquals(List.of(), foreign, "one log format, no ERROR line");
        }
        assertTrue(second.log().contains("Embedded MariaDB started"), second.log());
        assertEquals(2, sessionKeys.size(), "each run made its own session key, so Quarkus never had to");
    }

    private Started start(String adminPassword) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile(work, "app", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        README_COMMAND.forEach(a -> command.add(a.endsWith(".jar") ? REPOSITORY.resolve(a).toString() : a));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TONGKET_") || k.startsWith("JAVA"));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("TONGKET_ADMIN_PASSWORD", adminPassword);
        Started s = new Started(pb.start(), port, log);
        s.awaitReady();
        return s;
    }

    private record Started(Process process, int port, Path logFile) {

        void awaitReady() throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < until) {
                if (!process.isAlive()) {
                    throw new AssertionError("exited with " + process.exitValue() + ":\n" + log());
                }
                try {
                    if (get("/q/health/ready", null) == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new AssertionError("not ready in 240 s:\n" + log());
        }

        int get(String path, String adminPassword) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20));
            if (adminPassword != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)));
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        /** A system property of the running application, read as its owner can (jcmd). */
        List<String> systemProperty(String name) throws Exception {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "VM.system_properties").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(jcmd.waitFor(60, TimeUnit.SECONDS));
            return out.lines().filter(l -> l.startsWith(name + "=")).map(l -> l.substring(name.length() + 1))
                    .filter(v -> v.length() >= 32).toList();
        }

        /** SIGTERM, as a supervisor or docker stop sends, and the wait for a graceful exit. */
        void stop() throws Exception {
            process.destroy();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "stopped within 120 s:\n" + log());
            int exit = process.exitValue();
            assertTrue(exit == 0 || exit == 143, "exit " + exit + " after SIGTERM:\n" + log());
        }

        String log() {
            try {
                return Files.readString(logFile);
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
