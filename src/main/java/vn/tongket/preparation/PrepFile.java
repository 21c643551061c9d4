package vn.tongket.preparation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** An uploaded PDF or DOCX of the preparation (a report section, a presentation draft), kept in the database. */
@Entity
@jakarta.persistence.EntityListeners(vn.tongket.document.RenderedDocuments.DocumentSetChanges.class)
@Table(name = "prep_file")
public class PrepFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "conference_id", nullable = false)
    public Long conferenceId;

    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;

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

    @Column(name = "uploaded_by", nullable = false, length = 300)
    public String uploadedBy;

    public boolean isPdf() {
        return UploadedFiles.PDF.equals(contentType);
    }
}
