package vn.tongket.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The rules for preparation files: PDF or DOCX recognised by their first bytes (never by the name or the browser's
 * claim), size-limited, stored in the database; served as downloads with nosniff (a PDF may be shown inline).
 */
@ApplicationScoped
public class UploadedFiles {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int MAX_ZIP_ENTRIES = 5000;

    @Inject
    PreparationConfig config;

    /** Refuses a file larger than the limit before it is read into memory. */
    public void checkSize(long size) {
        if (size > config.maxFileBytes()) {
            throw ProblemException.invalid("file", PreparationMessages.class,
                    m -> m.fileTooLarge(config.maxFileBytes() / (1024 * 1024)));
        }
    }

    /** A new, not yet persisted file after the size and type checks. */
    public PrepFile accept(long conferenceId, String fileName, byte[] content, String uploadedBy) {
        checkSize(content.length);
        if (content.length == 0) {
            throw ProblemException.invalid("file", PreparationMessages.class, m -> m.fileEmpty());
        }
        PrepFile f = new PrepFile();
        f.conferenceId = conferenceId;
        f.contentType = detectType(content);
        f.fileName = safeName(fileName, f.contentType);
        f.sizeBytes = content.length;
        f.content = content;
        f.uploadedBy = uploadedBy.length() > 300 ? uploadedBy.substring(0, 300) : uploadedBy;
        return f;
    }

    /** The bytes of a multipart upload, refusing a missing or oversized file before reading it. */
    public byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", PreparationMessages.class, m -> m.fileEmpty());
        }
        checkSize(file.size());
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String detectType(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, ZIP_MAGIC) && isWordDocument(content)) {
            return DOCX;
        }
        throw ProblemException.invalid("file", PreparationMessages.class, m -> m.fileType());
    }

    private static boolean isWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** The base name without any path, control or quote characters, ending in the detected type's extension. */
    static String safeName(String fileName, String type) {
        String name = Text.clean(fileName);
        name = name == null ? "tai-lieu" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"';<>]", "_");
        if (name.isBlank()) {
            name = "tai-lieu";
        }
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        String extension = PDF.equals(type) ? ".pdf" : ".docx";
        return name.toLowerCase().endsWith(extension) ? name : name + extension;
    }

    /** A DOCX is always a download; a PDF may be previewed inline, as application/pdf only. Never sniffed. */
    public static Response serve(PrepFile f, boolean inline) {
        return serve(f.content, f.contentType, f.fileName, inline && f.isPdf());
    }

    public static Response serve(byte[] content, String type, String fileName, boolean inline) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, type)
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + ascii
                        + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
