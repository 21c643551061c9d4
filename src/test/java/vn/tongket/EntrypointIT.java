package vn.tongket;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Docker image's start script (docker/entrypoint.sh) with the image's JVM options against the packaged application,
 * outside Docker: on a JDK 25 the first run writes the class archive when stopped gracefully and the next start loads
 * it as it is; on JDK 17 the application starts with plain options. Runs in {@code ./mvnw verify} after the package
 * step. The JDK 25 part needs one (TONGKET_AOT_JAVA, or Temurin 25 under /usr/lib/jvm); without it that part is
 * skipped, unless TONGKET_REQUIRE_AOT_JDK=true (CI) makes it fail.
 */
class EntrypointIT {

    private static final Path APP = Path.of("target/quarkus-app").toAbsolutePath();
    private static final Path SCRIPT = Path.of("docker/entrypoint.sh").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path work;

    @Test
    void onJdk25TheFirstRunWritesTheClassArchiveAndTheNextStartLoadsIt() throws Exception {
        Optional<Path> jdk = aotJava();
        if (jdk.isEmpty() && Boolean.parseBoolean(System.getenv("TONGKET_REQUIRE_AOT_JDK"))) {
            throw new AssertionError("TONGKET_REQUIRE_AOT_JDK=true but no JDK 25 found (set TONGKET_AOT_JAVA)");
        }
        Assumptions.assumeTrue(jdk.isPresent(), "no JDK 25: set TONGKET_AOT_JAVA to test the image's options");
        String options = imageJavaOptions();
        assertTrue(options.contains("-XX:+ExitOnOutOfMemoryError"), "the supervisor restarts a process out of memory");
        Path archive = work.resolve("aot/tongket.jsa");
        Files.createDirectories(archive.getParent());
        String here = options.replace("/app/aot/tongket.jsa", archive.toString());
        assertFalse(here.equals(options), "the image's options name /app/aot/tongket.jsa");

        Started first = start(jdk.get(), here);
        assertTrue(first.arguments().contains("-XX:SharedArchiveFile=" + archive), first.arguments().toString());
        assertEquals(200, first.get("/login"));
        first.stop();
        assertTrue(Files.size(archive) > 1_000_000, "the archive is written when the first run stops:\n" + first.log());
        FileTime written = Files.getLastModifiedTime(archive);

        Started second = start(jdk.get(), here);
        assertEquals(200, second.get("/login"));
        second.stop();
        assertEquals(written, Files.getLastModifiedTime(archive), "loaded as it was, not made again");
        assertFalse(second.log().contains("[cds]") || second.log().contains("[warning]"),
                "the JVM took the archive without a warning:\n" + second.log());
        assertFalse(second.log().contains("sun.misc.Unsafe"), "the image's options allow Netty's Unsafe quietly");
    }

    @Test
    void onJdk17TheApplicationStartsWithPlainOptions() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Assumptions.assumeTrue(Runtime.version().feature() < 24, "the test JVM is not JDK 17");
        Started app = start(java, "-Xmx256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError");
        assertEquals(200, app.get("/login"));
        app.stop();
    }

    /** JAVA_OPTS as docker/Dockerfile sets them (for the image's JDK 25). */
    private static String imageJavaOptions() throws IOException {
        return Files.readAllLines(Path.of("docker/Dockerfile")).stream().filter(l -> l.startsWith("ENV JAVA_OPTS="))
                .map(l -> l.substring(l.indexOf('"') + 1, l.lastIndexOf('"'))).findFirst()
                .orElseThrow(() -> new AssertionError("no ENV JAVA_OPTS in docker/Dockerfile"));
    }

    private Started start(Path java, String javaOptions) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile(work, "app", ".log");
        ProcessBuilder pb = new ProcessBuilder("sh", SCRIPT.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TONGKET_") || k.startsWith("JAVA"));
        env.put("JAVA", java.toString());
        env.put("JAVA_OPTS", javaOptions);
        env.put("TONGKET_APP_DIR", APP.toString());
        env.put("TONGKET_DATA_DIR", work.resolve("data").toString()); // the embedded database
        env.put("TONGKET_DEMO", "true");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "entrypoint-it-session-key-0123456789abcdef");
        env.put("QUARKUS_MAILER_MOCK", "true");
        Started s = new Started(pb.start(), port, log);
        s.awaitReady();
        return s;
    }

    private record Started(Process process, int port, Path logFile) {

        /** The JVM's arguments: the script replaces itself with the JVM (exec), so this process is the JVM. */
        List<String> arguments() {
            return List.of(process.info().arguments().orElse(new String[0]));
        }

        void awaitReady() throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
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
            throw new AssertionError("not ready in 180 s:\n" + log());
        }

        int get(String path) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        /** SIGTERM, as docker stop sends, and the wait for a graceful exit. */
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

    private static Optional<Path> aotJava() throws IOException {
        String given = System.getenv("TONGKET_AOT_JAVA");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> d.getFileName().toString().matches(".*-2[5-9]-.*|.*-2[5-9]"))
                    .map(d -> d.resolve("bin/java")).filter(Files::isExecutable).sorted().findFirst();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
