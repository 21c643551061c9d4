package vn.tongket.invitation;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * QR codes as PNG data: URIs, for letters (HTML and PDF) and mails. Drawing one costs about a millisecond of CPU,
 * and the answer page shows the same invitation's code again and again: the most recently used ones are kept.
 */
final class QrCodes {

    private static final int SIZE = 240;
    private static final int CACHED = 5_000;

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
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR code content too long", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
