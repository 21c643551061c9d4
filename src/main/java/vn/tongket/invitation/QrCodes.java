package vn.tongket.invitation;

import vn.tongket.document.QrMatrix;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * QR codes as PNG data: URIs, for pages and mails (PDFs draw theirs as vectors, see document/QrCodeDrawer; both take
 * the modules from {@link QrMatrix}, encoded once). The PNG is written directly as a 1-bit greyscale image of whole
 * pixels a module, about 240 pixels wide (ImageIO took several milliseconds a code, most of a letter page), and the
 * answer page shows the same invitation's code again and again: the most recently used ones are kept.
 */
final class QrCodes {

    private static final int SIZE = 240;
    private static final int QUIET_ZONE = 2;
    private static final int CACHED = 5_000;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Answer link -> data: URI, least recently used first (about 1.3 KB an entry). */
    private static final Map<String, String> RECENT = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED;
        }
    };

    private QrCodes() {
    }

    static String dataUri(String content) {
        synchronized (RECENT) {
            String cached = RECENT.get(content);
            if (cached != null) {
                return cached;
            }
        }
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png(content));
        synchronized (RECENT) {
            RECENT.put(content, uri);
        }
        return uri;
    }

    static byte[] png(String content) {
        QrMatrix matrix = QrMatrix.of(content);
        int modules = matrix.size() + 2 * QUIET_ZONE;
        int scale = Math.max(1, SIZE / modules);
        int width = modules * scale;
        int height = width;
        int rowBytes = (width + 7) / 8;
        byte[] raw = new byte[(rowBytes + 1) * height]; // each row: filter type 0, then 8 pixels a byte, 1 = white
        byte[] pixels = new byte[rowBytes];
        for (int my = 0; my < modules; my++) {
            Arrays.fill(pixels, (byte) 0);
            int y = my - QUIET_ZONE;
            boolean codeRow = y >= 0 && y < matrix.size();
            for (int x = 0; x < width; x++) {
                int mx = x / scale - QUIET_ZONE;
                boolean dark = codeRow && mx >= 0 && mx < matrix.size() && matrix.dark(mx, y);
                if (!dark) {
                    pixels[x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
            for (int k = 0; k < scale; k++) {
                System.arraycopy(pixels, 0, raw, (my * scale + k) * (rowBytes + 1) + 1, rowBytes);
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[]{1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, adaptive filtering, no interlace
            chunk(out, "IHDR", header.toByteArray());
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
            try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater)) {
                z.write(raw);
            } finally {
                deflater.end();
            }
            chunk(out, "IDAT", data.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] tag = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(tag);
        crc.update(data);
        d.writeInt(data.length);
        d.write(tag);
        d.write(data);
        d.writeInt((int) crc.getValue());
    }
}
