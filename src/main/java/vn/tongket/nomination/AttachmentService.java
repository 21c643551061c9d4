package vn.tongket.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.audit.AuditLog;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Attachments of a nomination: PDF, DOCX, PNG or JPEG recognised by their first bytes (never by the name or the
 * browser's claim), size-limited, stored in the database so any node serves them.
 */
@ApplicationScoped
public class AttachmentService {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int MAX_ZIP_ENTRIES = 5000;

    @Inject
    NominationService nominations;

    @Inject
    NominationConfig config;

    @Inject
    AuditLog audit;

    /** Refuses an upload larger than the limit before it is read into memory. */
    public void checkSize(long size) {
        if (size > config.maxAttachmentBytes()) {
            throw ProblemException.invalid("file", NominationMessages.class,
                    m -> m.attachmentTooLarge(config.maxAttachmentBytes() / (1024 * 1024)));
        }
    }

    @Transactional
    public AttachmentView add(long nominationId, String fileName, byte[] content) {
        checkSize(content.length);
        if (content.length == 0) {
            throw ProblemException.invalid("file", NominationMessages.class, m -> m.attachmentEmpty());
        }
        String type = detectType(content);
        Nomination n = nominations.lockForEdit(nominationId);
        NominationAttachment a = new NominationAttachment();
        a.nomination = n;
        a.fileName = safeName(fileName, type);
        a.contentType = type;
        a.sizeBytes = content.length;
        a.content = content;
        a.uploadedBy = audit.currentActor();
        a.persist();
        return new AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes, a.uploadedAt, a.uploadedBy);
    }

    public List<AttachmentView> list(long nominationId) {
        nominations.get(nominationId);
        return NominationAttachment.describe(nominationId);
    }

    public NominationAttachment get(long nominationId, long attachmentId) {
        NominationAttachment a = NominationAttachment.findById(attachmentId);
        if (a == null || !a.nomination.id.equals(nominationId)) {
            throw ProblemException.notFound(NominationMessages.class, m -> m.attachmentNotFound(attachmentId));
        }
        return a;
    }

    /** The content type from the magic bytes; anything else is refused. */
    static String detectType(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(content, ZIP_MAGIC) && isWordDocument(content)) {
            return DOCX;
        }
        throw ProblemException.invalid("file", NominationMessages.class, m -> m.attachmentType());
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

    /** The base name without any path, control or quote characters, with the extension of the detected type. */
    static String safeName(String fileName, String type) {
        String name = Text.clean(fileName);
        name = name == null ? "tep-dinh-kem" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"';<>]", "_");
        if (name.isBlank()) {
            name = "tep-dinh-kem";
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
}
