package vn.tongket;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.support.StartedApplication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
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

        StartedApplication first = start(jdk.get(), here);
        assertTrue(first.arguments().contains("-XX:SharedArchiveFile=" + archive), first.arguments().toString());
        assertEquals(200, first.get("/login"));
        first.stop();
        assertTrue(Files.size(archive) > 1_000_000, "the archive is written when the first run stops:\n" + first.log());
        FileTime written = Files.getLastModifiedTime(archive);

        StartedApplication second = start(jdk.get(), here);
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
        StartedApplication app = start(java, "-Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError");
        assertEquals(200, app.get("/login"));
        app.stop();
    }

    /** JAVA_OPTS as docker/Dockerfile sets them (for the image's JDK 25). */
    private static String imageJavaOptions() throws IOException {
        return Files.readAllLines(Path.of("docker/Dockerfile")).stream().filter(l -> l.startsWith("ENV JAVA_OPTS="))
                .map(l -> l.substring(l.indexOf('"') + 1, l.lastIndexOf('"'))).findFirst()
                .orElseThrow(() -> new AssertionError("no ENV JAVA_OPTS in docker/Dockerfile"));
    }

    private StartedApplication start(Path java, String javaOptions) throws Exception {
        return StartedApplication.start(new ProcessBuilder("sh", SCRIPT.toString()), Map.of(
                "JAVA", java.toString(),
                "JAVA_OPTS", javaOptions,
                "TONGKET_APP_DIR", APP.toString(),
                "TONGKET_DATA_DIR", work.resolve("data").toString(), // the embedded database
                "TONGKET_DEMO", "true",
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "entrypoint-it-session-key-0123456789abcdef",
                "QUARKUS_MAILER_MOCK", "true"), Files.createTempFile(work, "app", ".log"));
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

}
