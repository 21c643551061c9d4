package vn.tongket.nomination;

import java.time.Instant;

/** An attachment as listed (no content). */
public record AttachmentView(Long id, String fileName, String contentType, int sizeBytes, Instant uploadedAt,
                             String uploadedBy) {
}
