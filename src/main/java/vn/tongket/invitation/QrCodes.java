package vn.tongket.invitation;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * QR codes as PNG data: URIs, for pages and mails (PDFs draw theirs as vectors, see document/QrCodeDrawer). The PNG
 * is written directly as a 1-bit greyscale image (ImageIO took several milliseconds a code, most of a letter page),
 * and the answer page shows the same invitation's code again and again: the most recently used ones are kept.
 */
final class QrCodes {

    private static final int SIZE = 240;
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
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR code content too long", e);
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        int rowBytes = (width + 7) / 8;
        byte[] raw = new byte[(rowBytes + 1) * height]; // each row: filter type 0, then 8 pixels a byte, 1 = white
        for (int y = 0; y < height; y++) {
            int row = y * (rowBytes + 1) + 1;
            for (int x = 0; x < width; x++) {
                if (!matrix.get(x, y)) {
                    raw[row + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
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
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
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
