package vn.tongket.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A file supporting a nomination (achievement report, minutes), kept in the database so every node serves it. */
@Entity
@Table(name = "nomination_attachment")
public class NominationAttachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id", nullable = false)
    public Nomination nomination;

    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;

    /** Decided from the file's first bytes, never from what the browser claimed. */
    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt = Instant.now();

    @Column(name = "uploaded_by", nullable = false, length = 64)
    public String uploadedBy;

    /** The attachments of a nomination without their content. */
    public static List<AttachmentView> describe(long nominationId) {
        return getEntityManager().createQuery("select new vn.tongket.nomination.AttachmentView(a.id, a.fileName, "
                        + "a.contentType, a.sizeBytes, a.uploadedAt, a.uploadedBy) from NominationAttachment a "
                        + "where a.nomination.id = ?1 order by a.id", AttachmentView.class)
                .setParameter(1, nominationId).getResultList();
    }
}
