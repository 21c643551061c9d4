package vn.tongket.document;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A QR code's modules (error correction M, no quiet zone), encoded once for the page, the PDF and the mail of the
 * same letter: zxing tries all eight masks for each code (about half a millisecond), and a letter's page, its PDF
 * and its mail draw the same code. The most recently used codes are kept, 32 bytes or so each.
 */
public final class QrMatrix {

    private static final int KEPT = 5_000;

    /** Content -> modules, least recently used first. */
    private static final Map<String, QrMatrix> RECENT = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, QrMatrix> eldest) {
            return size() > KEPT;
        }
    };

    private final int size;
    private final long[] dark;

    private QrMatrix(ByteMatrix m) {
        size = m.getWidth();
        dark = new long[(size * size + 63) / 64];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (m.get(x, y) == 1) {
                    int i = y * size + x;
                    dark[i >>> 6] |= 1L << (i & 63);
                }
            }
        }
    }

    /** The code of {@code content}; IllegalArgumentException when it is too long for a QR code. */
    public static QrMatrix of(String content) {
        synchronized (RECENT) {
            QrMatrix kept = RECENT.get(content);
            if (kept != null) {
                return kept;
            }
        }
        QrMatrix encoded;
        try {
            encoded = new QrMatrix(Encoder.encode(content, ErrorCorrectionLevel.M).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR code content too long", e);
        }
        synchronized (RECENT) {
            RECENT.put(content, encoded);
        }
        return encoded;
    }

    /** Forgets every kept code (the benchmark's direct rendering encodes each code, as for a letter not yet shown). */
    public static void forgetAll() {
        synchronized (RECENT) {
            RECENT.clear();
        }
    }

    /** Modules a side, without quiet zone. */
    public int size() {
        return size;
    }

    public boolean dark(int x, int y) {
        int i = y * size + x;
        return (dark[i >>> 6] & (1L << (i & 63))) != 0;
    }
}
