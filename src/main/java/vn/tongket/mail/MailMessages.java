package vn.tongket.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Labels of the outbox. Vietnamese here; English in mail_en.properties. */
@MessageBundle(value = "mail", locale = "vi")
public interface MailMessages {

    // -- enum labels, one method per enum: texts in messages/mail_vi.properties and mail_en.properties
    @Message
    String outboxStatus(OutboxStatus status);
}
