package vn.tongket.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.audit.AuditLog;
import vn.tongket.document.FileTypes;
import vn.tongket.web.ProblemException;

import java.util.List;

/**
 * Attachments of a nomination: PDF, DOCX, PNG or JPEG recognised by their first bytes (never by the name or the
 * browser's claim), size-limited, stored in the database so any node serves them.
 */
@ApplicationScoped
public class AttachmentService {


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

    /**
     * Removes an attachment while the nomination is the organiser's to change (a draft or returned); once submitted,
     * Home Affairs vets what was sent, so it is refused (409) like any edit.
     */
    @Transactional
    public void remove(long nominationId, long attachmentId) {
        nominations.lockForEdit(nominationId);
        get(nominationId, attachmentId).delete();
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
        return FileTypes.detect(content).orElseThrow(
                () -> ProblemException.invalid("file", NominationMessages.class, m -> m.attachmentType()));
    }

    static String safeName(String fileName, String type) {
        return FileTypes.safeName(fileName, type, "tep-dinh-kem");
    }
}
