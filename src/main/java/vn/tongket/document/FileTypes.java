package vn.tongket.document;

import vn.tongket.web.Text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Uploaded files are recognised by their content, never by the name or the type the browser claims: PDF, DOCX
 * (a zip holding word/document.xml), PNG and JPEG. Each feature decides which of these it accepts.
 */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private FileTypes() {
    }

    /**
     * The content type read from the first bytes, or empty for anything else. A zip is read through under
     * {@link ZipInspection#DOCUMENT}'s limits; a zip bomb is refused (400) rather than taken for a DOCX.
     */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC) && isWordDocument(content)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /**
     * The base name without any path, control or quote characters, at most 200 characters, ending in the
     * extension of the detected type; {@code fallback} when nothing usable is left.
     */
    public static String safeName(String fileName, String type, String fallback) {
        String name = Text.clean(fileName);
        name = name == null ? fallback : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"';<>]", "_");
        if (name.isBlank()) {
            name = fallback;
        }
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        String extension = switch (type) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            case JPEG -> ".jpg";
            default -> ".docx";
        };
        String lower = name.toLowerCase();
        boolean matches = lower.endsWith(extension) || (JPEG.equals(type) && lower.endsWith(".jpeg"));
        return matches ? name : name + extension;
    }

    private static boolean isWordDocument(byte[] content) {
        return ZipInspection.entryNames(content, ZipInspection.DOCUMENT)
                .map(names -> names.contains("word/document.xml")).orElse(false);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
