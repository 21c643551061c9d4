package vn.tongket.invitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tongket.conference.Conference;
import vn.tongket.delegate.Delegate;
import vn.tongket.web.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One personal copy of the Giấy mời (or of its supplementary letter) to one delegate, with its answer token, mail
 * state, answer and check-in.
 */
@Entity
@jakarta.persistence.EntityListeners({vn.tongket.document.RenderedDocuments.LetterChanges.class})
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id", nullable = false)
    public Conference conference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegate_id", nullable = false)
    public Delegate delegate;

    /** Serial of this copy in the conference (the order of the copies); not the letter's number, see numberLabel. */
    @Column(nullable = false)
    public int number;

    /** The symbol after "GM-" when the number was given, e.g. "UBND". */
    @Column(nullable = false, length = 30)
    public String symbol;

    /** Issued after the letter was registered: goes out as the supplementary letter, with its number and date. */
    @Column(nullable = false)
    public boolean supplement;

    @Column(nullable = false, length = 64, unique = true)
    public String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public InvitationStatus status = InvitationStatus.ISSUED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Delivery delivery = Delivery.NOT_SENT;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Answer answer;

    @Column(name = "substitute_name", length = 200)
    public String substituteName;

    @Column(name = "substitute_position", length = 300)
    public String substitutePosition;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    /** Set with checkedInAt: only a PAPER check-in may be undone from the paper sign-in page. */
    @Enumerated(EnumType.STRING)
    @Column(name = "checked_in_source", length = 10)
    public CheckInSource checkedInSource;

    /** When the last reminder was queued (see InvitationService.remind). */
    @Column(name = "reminded_at")
    public Instant remindedAt;

    /** When the invitation was withdrawn (its delegate removed); it keeps its number in the register. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt = Instant.now();

    @Version
    public int version;

    public static List<Invitation> listByConference(long conferenceId) {
        return list("from Invitation i join fetch i.delegate d left join fetch d.organization "
                + "where i.conference.id = ?1 order by i.number, i.id", conferenceId);
    }

    /** These invitations with their conference, delegate and organisation, in number order. */
    public static List<Invitation> listByIds(List<Long> ids) {
        return list("from Invitation i join fetch i.conference join fetch i.delegate d left join fetch d.organization "
                + "where i.id in ?1 order by i.number, i.id", ids);
    }

    /** One page of {@link #listByConference}, in the same order and with the same fetches. */
    public static List<Invitation> pageByConference(long conferenceId, PageRequest page) {
        return find("from Invitation i join fetch i.delegate d left join fetch d.organization "
                + "where i.conference.id = ?1 order by i.number, i.id", conferenceId).page(page.panache()).list();
    }

    /** What a letter, the answer page and check-in show, fetched in the one query (no lazy loads one by one). */
    private static final String WITH_LETTER =
            "from Invitation i join fetch i.conference join fetch i.delegate d left join fetch d.organization ";

    /** By id with what its letter shows (the letter pages and PDFs). */
    public static Optional<Invitation> findForLetter(long id) {
        return find(WITH_LETTER + "where i.id = ?1", id).firstResultOptional();
    }

    public static Optional<Invitation> findByToken(String token) {
        return find(WITH_LETTER + "where i.token = ?1", token).firstResultOptional();
    }

    /** "07/GM-UBND": the number of the letter (or of the supplementary letter); blank while a draft. */
    public String numberLabel() {
        return conference.letter().numberLabel(supplement, symbol);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** Recomputes the status shown: withdrawal over check-in over answer over mail delivery. */
    void refreshStatus() {
        if (withdrawnAt != null) {
            status = InvitationStatus.WITHDRAWN;
        } else if (checkedInAt != null) {
            status = InvitationStatus.CHECKED_IN;
        } else if (answer != null) {
            status = switch (answer) {
                case ACCEPT -> InvitationStatus.ACCEPTED;
                case DECLINE -> InvitationStatus.DECLINED;
                case DELEGATE -> InvitationStatus.DELEGATED;
            };
        } else {
            status = switch (delivery) {
                case NOT_SENT -> InvitationStatus.ISSUED;
                case QUEUED -> InvitationStatus.QUEUED;
                case SENT -> InvitationStatus.SENT;
                case FAILED -> InvitationStatus.FAILED;
            };
        }
    }
}
