package vn.tongket.mail;

import java.util.List;

/** A mail to put in the outbox: already rendered, with what it is about. */
public record OutgoingMail(Long conferenceId, String refType, Long refId, String recipient, String subject,
                           String htmlBody, String textBody, List<Attachment> attachments) {

    /**
     * A file the mail carries. With a Content-ID ("qr.42@tongket.example.vn") it is an inline part that the HTML body
     * shows as {@code <img src="cid:qr.42@tongket.example.vn">}; without one, an attachment.
     */
    public record Attachment(String fileName, String contentType, byte[] content, String contentId) {

        public Attachment(String fileName, String contentType, byte[] content) {
            this(fileName, contentType, content, null);
        }
    }
}
