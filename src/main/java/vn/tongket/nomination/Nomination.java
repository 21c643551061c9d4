package vn.tongket.nomination;

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
import vn.tongket.delegate.Organization;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A proposal (đề nghị khen thưởng) for the Chairman's Bằng khen, for a collective or an individual. */
@Entity
@Table(name = "nomination")
public class Nomination extends PanacheEntityBase {

    /** Presentation order: collectives first, then individuals, each by the precedence of their organisation. */
    public static final Comparator<Nomination> PRESENTATION_ORDER = Comparator
            .comparing((Nomination n) -> n.kind.ordinal())
            .thenComparingInt(n -> n.organization.precedence)
            .thenComparing(n -> n.organization.name)
            .thenComparing(n -> n.id);

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

    public String organizationName() {
        return organization.name;
    }
}
