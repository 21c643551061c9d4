package vn.tongket.conference;

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

import java.time.LocalDateTime;
import java.util.List;

/** One item of a conference's programme; items lie inside the conference window and never overlap. */
@Entity
@jakarta.persistence.EntityListeners(vn.tongket.document.RenderedDocuments.DocumentSetChanges.class)
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id", nullable = false)
    public Conference conference;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public LocalDateTime endsAt;

    /** A person or an organisation; free text. */
    @Column(length = 300)
    public String presenter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AgendaKind kind;

    @Version
    public int version;

    public static List<AgendaItem> listByConference(long conferenceId) {
        return list("conference.id = ?1 order by startsAt, id", conferenceId);
    }

    public boolean overlaps(LocalDateTime start, LocalDateTime end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt);
    }
}
