package vn.tongket.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Labels of the outbox. Vietnamese here; English in mail_en.properties. */
@MessageBundle(value = "mail", locale = "vi")
public interface MailMessages {

    @Message("Chờ gửi")
    String outboxStatus_PENDING();

    @Message("Đang gửi")
    String outboxStatus_SENDING();

    @Message("Đã gửi")
    String outboxStatus_SENT();

    @Message("Gửi lỗi")
    String outboxStatus_FAILED();
}
