package vn.tongket.preparation;

import vn.tongket.web.ContentDisposition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tongket.document.FileTypes;
import vn.tongket.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import vn.tongket.document.ServedFiles;

/**
 * The rules for preparation files: PDF or DOCX recognised by their first bytes (never by the name or the browser's
 * claim), size-limited, stored in the database; served as downloads with nosniff (a PDF may be shown inline).
 */
@ApplicationScoped
public class UploadedFiles {

    public static final String PDF = FileTypes.PDF;
    public static final String DOCX = FileTypes.DOCX;


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

    /** PDF or DOCX by content; anything else is refused. */
    static String detectType(byte[] content) {
        return FileTypes.detect(content).filter(t -> t.equals(PDF) || t.equals(DOCX)).orElseThrow(
                () -> ProblemException.invalid("file", PreparationMessages.class, m -> m.fileType()));
    }

    static String safeName(String fileName, String type) {
        return FileTypes.safeName(fileName, type, "tai-lieu");
    }

    /** A DOCX is always a download; a PDF may be previewed inline, as application/pdf only. Never sniffed. */
    public static Response serve(PrepFile f, boolean inline) {
        return serve(f.content, f.contentType, f.fileName, inline && f.isPdf());
    }

    public static Response serve(byte[] content, String type, String fileName, boolean inline) {
        return Response.ok(ServedFiles.body(content), type)
                .header("Content-Disposition", inline ? ContentDisposition.inline(fileName)
                        : ContentDisposition.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
