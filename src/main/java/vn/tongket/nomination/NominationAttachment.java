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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** The attachments of several nominations (one page of a list) in one query, without their content. */
    public static Map<Long, List<AttachmentView>> describe(Collection<Long> nominationIds) {
        if (nominationIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select a.nomination.id, a.id, a.fileName, a.contentType, a.sizeBytes, "
                        + "a.uploadedAt, a.uploadedBy from NominationAttachment a where a.nomination.id in ?1 "
                        + "order by a.id", Object[].class)
                .setParameter(1, nominationIds).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> new AttachmentView(
                        (Long) row[1], (String) row[2], (String) row[3], (Integer) row[4], (Instant) row[5],
                        (String) row[6]), Collectors.toList())));
    }
}
