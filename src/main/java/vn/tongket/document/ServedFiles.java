package vn.tongket.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.Stream;

/**
 * The body of a download: a large answer goes out from a file, which the server sends with sendfile, instead of from
 * a heap array, which Netty copies into a direct buffer of its own for every response still being written (400
 * parallel downloads of a 3 MB presentation held 1.2 GB off-heap). A kept document is one array, so it is written
 * once: its file is found again by the array's identity while the array lives, and files unused for a while are
 * deleted.
 */
public final class ServedFiles {

    /** Below this, the copy is small and the file not worth its system calls. */
    static final int SPOOL_FROM_BYTES = 64 * 1024;
    private static final Duration UNUSED_FOR = Duration.ofMinutes(10);

    /** Keyed by the array's identity (arrays do not override equals), gone with the array. */
    private static final Map<byte[], Path> FILES = Collections.synchronizedMap(new WeakHashMap<>());
    private static Path directory;
    private static Instant nextSweep = Instant.EPOCH;

    private ServedFiles() {
    }

    /** {@code content} itself when small, otherwise a file holding it (for the response's entity). */
    public static Object body(byte[] content) {
        if (content.length < SPOOL_FROM_BYTES) {
            return content;
        }
        sweepNowAndThen();
        synchronized (FILES) {
            Path file = FILES.get(content);
            try {
                if (file != null && Files.exists(file)) {
                    // Marks it used, so that the sweep leaves it alone while it is served.
                    Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
                    return file;
                }
                file = Files.createTempFile(directory(), "served-", ".bin");
                Files.write(file, content);
                FILES.put(content, file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static synchronized Path directory() throws IOException {
        if (directory == null) {
            // Owner-only on POSIX systems; removed when the application stops.
            directory = Files.createTempDirectory("tongket-served-");
            Path made = directory;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(made), "served-files-cleanup"));
        }
        return directory;
    }

    private static void sweepNowAndThen() {
        Path dir;
        synchronized (ServedFiles.class) {
            if (directory == null || Instant.now().isBefore(nextSweep)) {
                return;
            }
            nextSweep = Instant.now().plus(Duration.ofMinutes(1));
            dir = directory;
        }
        FileTime before = FileTime.from(Instant.now().minus(UNUSED_FOR));
        // Under the same lock as body(), so that no file is deleted between being marked used and being returned.
        synchronized (FILES) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> lastModified(f).compareTo(before) < 0).forEach(ServedFiles::delete);
            } catch (IOException e) {
                // Nothing is lost: the next sweep tries again.
            }
        }
    }

    private static FileTime lastModified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.from(Instant.now());
        }
    }

    private static void deleteAll(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(ServedFiles::delete);
        } catch (IOException e) {
            // Left to the system's temporary-file cleaning.
        }
    }

    private static void delete(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            // Left for the next sweep.
        }
    }
}
