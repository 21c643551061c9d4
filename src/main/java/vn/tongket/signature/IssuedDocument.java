package vn.tongket.signature;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One signed version of an issued document, kept byte for byte as signed (V27). */
@Entity
@Table(name = "issued_document")
public class IssuedDocument extends PanacheEntityBase {

    /** What is issued: the owner id is an invitation's for a letter, an award decision's for a decision. */
    public enum Kind { LETTER, DECISION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Printed in the document's QR code: the public verification page of this very version. */
    @Column(nullable = false, length = 32, updatable = false)
    public String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    public Kind kind;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public long ownerId;

    /** Copies of one document for different readers (a letter with or without its answer link). */
    @Column(nullable = false, length = 40, updatable = false)
    public String variant;

    @Column(nullable = false, updatable = false)
    public int version;

    /** The hash of what was rendered (the XHTML): a document whose source changes gets a new version. */
    @Column(name = "source_sha256", nullable = false, length = 64, updatable = false)
    public String sourceSha256;

    @Column(name = "content_sha256", nullable = false, length = 64, updatable = false)
    public String contentSha256;

    @Column(nullable = false, length = 60, updatable = false)
    public String number;

    @Column(name = "issued_on", nullable = false, updatable = false)
    public LocalDate issuedOn;

    @Column(nullable = false, length = 255, updatable = false)
    public String issuer;

    @Column(nullable = false, length = 255, updatable = false)
    public String title;

    /** Signed with the demo authority: no legal value, and said so wherever it is shown. */
    @Column(nullable = false, updatable = false)
    public boolean demo;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGBLOB", updatable = false)
    public byte[] content;

    @Column(name = "signed_at", nullable = false, updatable = false)
    public Instant signedAt;

    public static Optional<IssuedDocument> latest(Kind kind, long ownerId, String variant) {
        return find("kind = ?1 and ownerId = ?2 and variant = ?3 order by version desc", kind, ownerId, variant)
                .firstResultOptional();
    }

    public static Optional<IssuedDocument> byToken(String token) {
        return find("token", token).firstResultOptional();
    }

    public static Optional<IssuedDocument> byContent(String sha256) {
        return find("contentSha256 = ?1 order by id", sha256).firstResultOptional();
    }

    /** Whether a later version of the same document was issued. */
    public boolean superseded() {
        return count("kind = ?1 and ownerId = ?2 and variant = ?3 and version > ?4", kind, ownerId, variant,
                version) > 0;
    }
}
