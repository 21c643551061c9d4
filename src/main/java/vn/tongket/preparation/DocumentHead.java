package vn.tongket.preparation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Optional;

/** Issuer lines, number, date and signer of a conference's budget estimate, summary report or nomination list. */
@Entity
@jakarta.persistence.EntityListeners(vn.tongket.document.RenderedDocuments.DocumentSetChanges.class)
@Table(name = "document_head")
public class DocumentHead extends PanacheEntityBase {

    /**
     * The documents whose head is kept here; the letters and the decision keep theirs with the conference. LIST is Sở
     * Nội vụ's consolidated nomination list: issuer and signer only (it goes with a Tờ trình and has no number).
     */
    public enum Kind {
        BUDGET, REPORT, LIST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "conference_id", nullable = false)
    public Long conferenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    /** Issuer lines, one per line: the parent body first, the issuing body last. */
    @Column(length = 400)
    public String issuer;

    @Column(length = 50)
    public String number;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** Authority and title lines above the signature, one per line ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"). */
    @Column(name = "signer_title", length = 200)
    public String signerTitle;

    @Column(name = "signer_name", length = 200)
    public String signerName;

    /** "Căn cứ ..." lines, one per line. */
    @Column(length = 2000)
    public String basis;

    @Version
    public int version;

    public static Optional<DocumentHead> of(long conferenceId, Kind kind) {
        return find("conferenceId = ?1 and kind = ?2", conferenceId, kind).firstResultOptional();
    }
}
