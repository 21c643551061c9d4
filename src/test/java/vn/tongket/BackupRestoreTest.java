package vn.tongket;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.EmbeddedDatabaseResource;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup and restore commands of docs/operations.md, run for real on the embedded server: a dump taken with the
 * documented options and loaded into an empty database gives every table back with the same content
 * (CHECKSUM TABLE), Vietnamese text and binary attachments included.
 */
@QuarkusTest
class BackupRestoreTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void documentedDumpRestoresEveryTableUnchanged() throws Exception {
        String url = EmbeddedDatabase.jdbcUrl();
        assumeTrue(url != null, "runs on the embedded database only");
        String port = String.valueOf(URI.create(url.substring("jdbc:".length())).getPort());
        long id = Api.createConference("Hội nghị sao lưu: Trường Sa, Hoàng Sa, Đắk Lắk", true);
        Api.addDelegate(id, "Nguyễn Thị Hường", "huong.saoluu@example.vn", "GUEST", 1);

        Path bin = EmbeddedDatabaseResource.DATA_DIR.resolve("base").resolve("bin");
        Path dump = Files.createTempFile("tongket-backup", ".sql");
        run(List.of(bin.resolve("mariadb-dump").toString(), "--single-transaction", "--hex-blob", "--routines",
                "--triggers", "--default-character-set=utf8mb4", "-h", "127.0.0.1", "-P", port, "-u", "root",
                EmbeddedDatabase.DATABASE), null, dump.toFile());
        assertTrue(Files.readString(dump, StandardCharsets.UTF_8).contains("Hội nghị sao lưu: Trường Sa, Hoàng Sa, Đắk Lắk"));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS tongket_restore");
            s.execute("CREATE DATABASE tongket_restore CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        run(List.of(bin.resolve("mariadb").toString(), "--default-character-set=utf8mb4", "-h", "127.0.0.1", "-P", port,
                "-u", "root", "tongket_restore"), dump.toFile(), null);

        Map<String, Long> original = checksums(EmbeddedDatabase.DATABASE);
        Map<String, Long> restored = checksums("tongket_restore");
        assertFalse(original.isEmpty());
        assertTrue(original.get("conference") != 0 && original.get("delegate") != 0, "content is checksummed: " + original);
        assertEquals(original, restored);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT title FROM tongket_restore.conference WHERE id = " + id)) {
            assertTrue(rs.next());
            assertEquals("Hội nghị sao lưu: Trường Sa, Hoàng Sa, Đắk Lắk", rs.getString(1));
            s.execute("DROP DATABASE tongket_restore");
        }
        Files.delete(dump);
    }

    private Map<String, Long> checksums(String database) throws Exception {
        Map<String, Long> sums = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + database + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("CHECKSUM TABLE " + database + "." + table)) {
                    rs.next();
                    sums.put(table, rs.getLong(2));
                }
            }
        }
        return sums;
    }

    private static void run(List<String> command, File input, File output) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (input != null) {
            pb.redirectInput(input);
        }
        if (output != null) {
            pb.redirectOutput(output);
        }
        Path errors = Files.createTempFile("tongket-backup", ".err");
        pb.redirectError(errors.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished in time: " + command);
        assertEquals(0, p.exitValue(), command + ": " + Files.readString(errors));
        Files.delete(errors);
    }
}
