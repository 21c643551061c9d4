package vn.tongket.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.tongket.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tests run on a real MariaDB started from Maven artifacts, from an empty data directory, unless
 * QUARKUS_DATASOURCE_JDBC_URL names an external MySQL/MariaDB server.
 */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    public static final Path DATA_DIR = Path.of("target", "embedded-db-test").toAbsolutePath();

    @Override
    public Map<String, String> start() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        deleteRecursively(DATA_DIR);
        String url = EmbeddedDatabase.start(DATA_DIR, 0);
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        EmbeddedDatabase.stop();
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
