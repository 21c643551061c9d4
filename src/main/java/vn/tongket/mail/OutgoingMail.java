package vn.tongket.mail;

import java.util.List;

/** A mail to put in the outbox: already rendered, with what it is about. */
public record OutgoingMail(Long conferenceId, String refType, Long refId, String recipient, String subject,
                           String htmlBody, String textBody, List<Attachment> attachments) {

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
