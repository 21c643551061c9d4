package vn.tongket.document;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import vn.tongket.web.Messages;
import vn.tongket.web.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an uploaded zip (a DOCX, an XLSX) through to its end under limits, counted while inflating so that a zip bomb
 * is stopped at the limit instead of being inflated whole: at most {@code maxEntries} entries and
 * {@code maxUncompressedBytes} in all, and, past the first {@value #RATIO_FLOOR} bytes, never more than
 * {@code maxRatio} times what was read of the file. A refusal is a 400 on the field {@code file} naming the rule.
 * Commons Compress reads the entries in order, like the JDK's reader, but also those whose sizes follow their data
 * (as fastexcel, and so our own export, writes them), which the JDK's refuses.
 */
public final class ZipInspection {

    /** Limits for any uploaded document: 1,000 entries, 64 MB uncompressed, a ratio of 100. */
    public static final Limits DOCUMENT = new Limits(1000, 64L * 1024 * 1024, 100);

    /** Below this many uncompressed bytes the ratio is not judged: small XML parts compress very well. */
    static final long RATIO_FLOOR = 1024 * 1024;

    /** The most a zip may hold. */
    public record Limits(int maxEntries, long maxUncompressedBytes, int maxRatio) {
    }

    private ZipInspection() {
    }

    /**
     * The entries' names, every entry read through under the limits; empty when the bytes are not a readable zip.
     *
     * @throws ProblemException (400, field "file") when a limit is passed
     */
    public static Optional<List<String>> entryNames(byte[] zip, Limits limits) {
        Counting raw = new Counting(new ByteArrayInputStream(zip));
        List<String> names = new ArrayList<>();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(raw)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (names.size() == limits.maxEntries()) {
                    throw refused(m -> m.zipTooManyEntries(limits.maxEntries()));
                }
                names.add(entry.getName());
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    check(total, raw.count, limits);
                }
            }
            return Optional.of(names);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void check(long uncompressed, long read, Limits limits) {
        if (uncompressed > limits.maxUncompressedBytes()) {
            throw refused(m -> m.zipTooLarge(limits.maxUncompressedBytes() / (1024 * 1024)));
        }
        if (uncompressed > RATIO_FLOOR && uncompressed > (long) limits.maxRatio() * Math.max(1, read)) {
            throw refused(m -> m.zipRatio(limits.maxRatio()));
        }
    }

    private static ProblemException refused(Function<Messages, String> rule) {
        return ProblemException.invalid("file", rule);
    }

    /** Counts the compressed bytes the zip reader has taken (a little ahead of what it inflated: a safe side). */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
