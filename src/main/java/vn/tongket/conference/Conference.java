package vn.tongket.conference;

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
import vn.tongket.web.PageRequest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A review conference (Hội nghị tổng kết): times are local to Asia/Ho_Chi_Minh. */
@Entity
@jakarta.persistence.EntityListeners({vn.tongket.document.RenderedDocuments.DocumentSetChanges.class,
        vn.tongket.document.RenderedDocuments.LetterChanges.class})
@Table(name = "conference")
public class Conference extends PanacheEntityBase {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "review_year", nullable = false)
    public int reviewYear;

    @Column(name = "starts_at", nullable = false)
    public LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public LocalDateTime endsAt;

    @Column(name = "venue_name", nullable = false, length = 300)
    public String venueName;

    @Column(name = "venue_address", nullable = false, length = 500)
    public String venueAddress;

    /** Issuing body printed top left of letters, e.g. "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG". */
    @Column(nullable = false, length = 300)
    public String issuer;

    /** Place name of the date line, e.g. "Bắc Giang". */
    @Column(nullable = false, length = 100)
    public String place;

    /** Letter settings (null: the default of {@link LetterSettings}): symbol after "GM-", signature block, recipients. */
    @Column(name = "letter_symbol", length = 30)
    public String letterSymbol;

    @Column(name = "signer_authority", length = 200)
    public String signerAuthority;

    @Column(name = "signer_title", length = 200)
    public String signerTitle;

    @Column(name = "signer_name", length = 200)
    public String signerName;

    /** The letter's number and date of issue in the issuing office's register; null until the văn thư gives them. */
    @Column(name = "letter_number")
    public Integer letterNumber;

    @Column(name = "letter_issued_on")
    public java.time.LocalDate letterIssuedOn;

    /** Number and date of the supplementary letter (invitations issued after the letter was registered). */
    @Column(name = "supplement_number")
    public Integer supplementNumber;

    @Column(name = "supplement_issued_on")
    public java.time.LocalDate supplementIssuedOn;

    /** Who presides (a delegate of this conference): named in the letters and the introduction list, not invited. */
    @Column(name = "presiding_delegate_id")
    public Long presidingDelegateId;

    /** The body over the issuer (tên cơ quan chủ quản), printed above it; null when the issuer has none. */
    @Column(name = "issuer_parent", length = 300)
    public String issuerParent;

    /** The decision's signature block; null values take the defaults of {@link DocumentSigners}. */
    @Column(name = "decision_signer_authority", length = 200)
    public String decisionSignerAuthority;

    @Column(name = "decision_signer_title", length = 200)
    public String decisionSignerTitle;

    @Column(name = "decision_signer_name", length = 200)
    public String decisionSignerName;

    /** The provincial military command's documents: issuer, its parent body and signer. */
    @Column(name = "command_parent", length = 300)
    public String commandParent;

    @Column(name = "command_issuer", length = 300)
    public String commandIssuer;

    @Column(name = "command_signer_authority", length = 200)
    public String commandSignerAuthority;

    @Column(name = "command_signer_title", length = 200)
    public String commandSignerTitle;

    @Column(name = "command_signer_name", length = 200)
    public String commandSignerName;

    /** "Nơi nhận" lines, one per line. */
    @Column(length = 2000)
    public String recipients;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ConferenceStatus status = ConferenceStatus.PLANNING;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Version
    public int version;

    public static List<Conference> listNewestFirst() {
        return list("order by startsAt desc, id desc");
    }

    public static List<Conference> pageNewestFirst(PageRequest page) {
        return find("order by startsAt desc, id desc").page(page.panache()).list();
    }

    /** The letter settings in force: the stored values, defaults where none is stored. */
    public LetterSettings letter() {
        return LetterSettings.of(this);
    }

    /** Issuers and signers of the decision and of the command's documents, defaults where none is stored. */
    public DocumentSigners signers() {
        return DocumentSigners.of(this);
    }

    /** Whether the conference has started (answers close then). */
    public boolean hasStarted() {
        return started(startsAt);
    }

    /** Whether a conference starting then has started (local time). */
    public static boolean started(LocalDateTime startsAt) {
        return !LocalDateTime.now(ZONE).isBefore(startsAt);
    }
}
