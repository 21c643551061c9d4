package vn.tongket.threat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.support.StartedApplication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
            List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-jar", "target/quarkus-app/quarkus-run.jar");
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Pattern LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d (TRACE|DEBUG|INFO |WARN |ERROR|FATAL) \\[.*");

    /** The working directory: ./data, the embedded database, lies under java.io.tmpdir. */
    @TempDir
    Path work;

    @Test
    void theReadmeStartLogsNoSecretInOneFormatAndItsDataSurvivesSigterm() throws Exception {
        String adminPassword = "It-" + UUID.randomUUID();

        StartedApplication first = start(adminPassword);
        assertEquals(200, first.get("/api/conferences", "admin", adminPassword), "the administrator from TONGKET_ADMIN_PASSWORD");
        List<String> sessionKeys = new ArrayList<>(first.longSystemProperty("tongket-generated-session-key"));
        first.stop();
        assertTrue(Files.exists(work.resolve("data/mysql/tongket/flyway_schema_history.ibd")),
                "the database's files are still there after SIGTERM");

        StartedApplication second = start(adminPassword);
        assertEquals(200, second.get("/api/conferences", "admin", adminPassword));
        sessionKeys.addAll(second.longSystemProperty("tongket-generated-session-key"));
        second.stop();

        for (StartedApplication run : List.of(first, second)) {
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

    private StartedApplication start(String adminPassword) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        README_COMMAND.forEach(a -> command.add(a.endsWith(".jar") ? REPOSITORY.resolve(a).toString() : a));
        return StartedApplication.start(new ProcessBuilder(command).directory(work.toFile()),
                Map.of("TONGKET_ADMIN_PASSWORD", adminPassword), Files.createTempFile(work, "app", ".log"));
    }
}
