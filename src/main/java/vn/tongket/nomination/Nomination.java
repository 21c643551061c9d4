package vn.tongket.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
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
import vn.tongket.DeclaredOrder;
import vn.tongket.conference.Conference;
import vn.tongket.delegate.Organization;
import vn.tongket.web.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A proposal (đề nghị khen thưởng) for the Chairman's Bằng khen, for a collective or an individual. */
@Entity
@jakarta.persistence.EntityListeners(vn.tongket.document.RenderedDocuments.DocumentSetChanges.class)
@Table(name = "nomination")
public class Nomination extends PanacheEntityBase {

    /** Presentation order: collectives first, then individuals, each by the precedence of their organisation. */
    public static final Comparator<Nomination> PRESENTATION_ORDER = Comparator
            .comparing((Nomination n) -> n.kind.ordinal())
            .thenComparingInt(n -> n.organization.precedence)
            .thenComparing(n -> n.organization.name)
            .thenComparing(n -> n.id);

    /** The order of {@link #listByConference}: by kind (its text: COLLECTIVE before INDIVIDUAL), then by id. */
    public static final String LIST_ORDER = "n.kind, n.id";

    /** {@link #PRESENTATION_ORDER} for the database (organisation names then sort by the column's collation). */
    public static final String PRESENTATION_SQL_ORDER = DeclaredOrder.of("n.kind", NominationKind.class)
            + ", o.precedence, o.name, n.id";

    /** The board: by state in the order of the flow, then {@link #LIST_ORDER}. */
    public static final String BOARD_ORDER = DeclaredOrder.of("n.status", NominationStatus.class) + ", " + LIST_ORDER;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id", nullable = false)
    public Conference conference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public NominationKind kind;

    @Column(name = "nominee_name", nullable = false, length = 300)
    public String nomineeName;

    @Column(length = 300)
    public String position;

    @Column(name = "rank_title", length = 100)
    public String rank;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Gender gender;

    @Column(name = "birth_year")
    public Integer birthYear;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    public Organization organization;

    @Column(nullable = false)
    public boolean grassroots;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String achievements;

    @Column(name = "proposing_unit", nullable = false, length = 300)
    public String proposingUnit;

    @Column(name = "representative_name", length = 200)
    public String representativeName;

    @Column(name = "representative_position", length = 300)
    public String representativePosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public NominationStatus status = NominationStatus.DRAFT;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "decision_id")
    public AwardDecision decision;

    /** Prize money in VND, fixed when the decision is recorded. */
    @Column(name = "prize_amount")
    public Long prizeAmount;

    /** Consecutive years of "hoàn thành xuất sắc nhiệm vụ" up to the year reviewed; null when not entered. */
    @Column(name = "excellent_years")
    public Integer excellentYears;

    /** Initiatives recognised and applied at the grassroots in those years; null when not entered. */
    @Column
    public Integer initiatives;

    /** Disciplined, or under consideration for discipline, in the period of the achievement. */
    @Column(nullable = false)
    public boolean disciplined;

    /** The AWARDEE delegate who receives the award at the conference. */
    @Column(name = "delegate_id")
    public Long delegateId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Version
    public int version;

    public static List<Nomination> listByConference(long conferenceId) {
        return list("conference.id = ?1 order by kind, id", conferenceId);
    }

    public static List<Nomination> listByConference(long conferenceId, Collection<NominationStatus> statuses) {
        return list("conference.id = ?1 and status in ?2 order by kind, id", conferenceId, statuses);
    }

    /**
     * One page of a conference's nominations in some states ({@code statuses} null: all), sorted by {@code order}
     * (one of the orders above; alias n, organisation o), organisation and decision fetched in the same query.
     */
    public static List<Nomination> page(long conferenceId, Collection<NominationStatus> statuses, String order,
                                        PageRequest page) {
        Parameters parameters = Parameters.with("conference", conferenceId);
        if (statuses != null) {
            parameters.and("statuses", statuses);
        }
        return find("from Nomination n join fetch n.organization o left join fetch n.decision "
                + "where n.conference.id = :conference" + (statuses == null ? "" : " and n.status in :statuses")
                + " order by " + order, parameters).page(page.panache()).list();
    }

    public static long countByConference(long conferenceId, Collection<NominationStatus> statuses) {
        return statuses == null ? count("conference.id", conferenceId)
                : count("conference.id = ?1 and status in ?2", conferenceId, statuses);
    }

    /** How many nominations each state holds (states without any are absent). */
    public static Map<NominationStatus, Long> countByStatus(long conferenceId) {
        Map<NominationStatus, Long> counts = new EnumMap<>(NominationStatus.class);
        getEntityManager().createQuery("select n.status, count(n) from Nomination n where n.conference.id = ?1 "
                        + "group by n.status", Object[].class).setParameter(1, conferenceId).getResultList()
                .forEach(row -> counts.put((NominationStatus) row[0], (Long) row[1]));
        return counts;
    }

    public static List<Nomination> listByDecision(long decisionId) {
        return list("decision.id = ?1", decisionId).stream().map(Nomination.class::cast)
                .sorted(PRESENTATION_ORDER).toList();
    }

    /** The name under which a collective receives its award until the organiser names its representative. */
    public String awardeeName() {
        if (kind == NominationKind.INDIVIDUAL) {
            return nomineeName;
        }
        return representativeName != null ? representativeName : "Đại diện " + nomineeName;
    }
}
