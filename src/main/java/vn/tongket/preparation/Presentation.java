package vn.tongket.preparation;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A presentation asked of a unit: its draft is uploaded from a personal link and, once accepted, is on the agenda. */
@Entity
@jakarta.persistence.EntityListeners(vn.tongket.document.RenderedDocuments.DocumentSetChanges.class)
@Table(name = "presentation")
public class Presentation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "conference_id", nullable = false)
    public Long conferenceId;

    @Column(nullable = false, length = 300)
    public String organization;

    @Column(nullable = false, length = 254)
    public String email;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false, length = 64, unique = true)
    public String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PresentationState state = PresentationState.REQUESTED;

    @Column(columnDefinition = "TEXT")
    public String comments;

    /** Eager: views describe the file outside the transaction (its content stays lazy). */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "file_id")
    public PrepFile file;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "agenda_item_id")
    public Long agendaItemId;

    /** Who presents it, when it is placed inside a general "Tham luận" item rather than in a slot of its own. */
    @Column(length = 300)
    public String presenter;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Version
    public int version;

    public static List<Presentation> listByConference(long conferenceId) {
        return list("conferenceId = ?1 order by id", conferenceId);
    }

    public static Optional<Presentation> findByToken(String token) {
        return find("token", token).firstResultOptional();
    }

    /** The draft is still owed after its due date. */
    public boolean isLate(LocalDate today) {
        return (state == PresentationState.REQUESTED || state == PresentationState.RETURNED) && dueOn.isBefore(today);
    }
}
