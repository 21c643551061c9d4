package vn.tongket.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One mail as it is (or was) sent: rendered subject and bodies, attachments aside, delivery state. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "conference_id")
    public Long conferenceId;

    /** What the mail is about, e.g. "invitation" and its id: told back to that feature when the mail settles. */
    @Column(name = "ref_type", length = 40)
    public String refType;

    @Column(name = "ref_id")
    public Long refId;

    @Column(nullable = false, length = 254)
    public String recipient;

    @Column(nullable = false, length = 500)
    public String subject;

    @Column(name = "html_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    public String htmlBody;

    @Column(name = "text_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    public String textBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt = Instant.now();

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    public static List<OutboxMessage> listByConference(long conferenceId) {
        return list("conferenceId = ?1 order by id desc", conferenceId);
    }
}
