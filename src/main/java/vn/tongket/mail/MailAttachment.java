package vn.tongket.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to an outbox mail (the PDF letter, the .ics invitation, the inline QR code), stored as it will be sent. */
@Entity
@Table(name = "mail_attachment")
public class MailAttachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "outbox_id", nullable = false)
    public Long outboxId;

    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    public byte[] content;

    /** Set for an inline part the HTML body shows ({@code cid:} link), without the angle brackets; null otherwise. */
    @Column(name = "content_id", length = 200)
    public String contentId;
}
