package vn.tongket.delegate;

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
import vn.tongket.conference.Conference;
import vn.tongket.web.PageRequest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A person invited to a conference, in protocol order (precedence: lower comes first). */
@Entity
@jakarta.persistence.EntityListeners({vn.tongket.document.RenderedDocuments.LetterChanges.class})
@Table(name = "delegate")
public class Delegate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id", nullable = false)
    public Conference conference;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Column(length = 300)
    public String position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(length = 254)
    public String email;

    @Column(length = 30)
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DelegateCategory category;

    @Column(nullable = false)
    public int precedence;

    /** Military rank ("Thiếu tướng"), said before the name; null for civilians. */
    @Column(name = "military_rank", length = 50)
    public String rank;

    /** Party title ("Phó Bí thư Tỉnh ủy"), said before the position. */
    @Column(name = "party_title", length = 200)
    public String partyTitle;

    /** A member of the Thường trực Tỉnh ủy, HĐND, UBND tỉnh: introduced first, before the guests from above. */
    @Column(name = "provincial_standing", nullable = false)
    public boolean provincialStanding;

    /** An awardee unit: addressed as the unit, which sends a representative to receive the award. */
    @Column(nullable = false)
    public boolean collective;

    /**
     * When the delegate was removed while their invitation had a number: they leave every list of delegates but stay
     * for the invitation register's row (see DelegateService.delete).
     */
    @Column(name = "withdrawn_at")
    public java.time.Instant withdrawnAt;

    @Version
    public int version;

    public static List<Delegate> listByConference(long conferenceId) {
        return list("from Delegate d left join fetch d.organization where d.conference.id = ?1 and d.withdrawnAt is null "
                + "order by d.precedence, d.id", conferenceId);
    }

    public static List<Delegate> listByConference(long conferenceId, DelegateCategory category) {
        return list("from Delegate d left join fetch d.organization where d.conference.id = ?1 and d.category = ?2 "
                + "and d.withdrawnAt is null order by d.precedence, d.id", conferenceId, category);
    }

    /** One page of the list (or of one category) in protocol order, organisations fetched in the same query. */
    public static List<Delegate> pageByConference(long conferenceId, DelegateCategory category, PageRequest page) {
        Parameters parameters = Parameters.with("conference", conferenceId);
        if (category != null) {
            parameters.and("category", category);
        }
        return find("from Delegate d left join fetch d.organization where d.conference.id = :conference"
                + " and d.withdrawnAt is null" + (category == null ? "" : " and d.category = :category") + " order by d.precedence, d.id", parameters)
                .page(page.panache()).list();
    }

    public static long countByConference(long conferenceId, DelegateCategory category) {
        return category == null ? count("conference.id = ?1 and withdrawnAt is null", conferenceId)
                : count("conference.id = ?1 and category = ?2 and withdrawnAt is null", conferenceId, category);
    }

    /**
     * Who the introduction list names, for a delegate {@code d}: not who presides (named first, apart), and not an
     * awardee already introduced as a guest or participant (same name, same organisation): nobody is introduced twice.
     */
    private static final String INTRODUCED = "d.conference.id = :conference and d.withdrawnAt is null and d.id <> :presiding"
            + " and not (d.category = " + DelegateCategory.class.getName() + ".AWARDEE and exists (select 1 from Delegate o"
            + " where o.conference = d.conference and o.withdrawnAt is null and o.category <> "
            + DelegateCategory.class.getName() + ".AWARDEE and lower(o.fullName) = lower(d.fullName)"
            + " and (o.organization is null or d.organization is null or o.organization = d.organization)))";

    private static final String INTRODUCTION_ORDER = " order by " + IntroductionSection.ORDINAL + ", d.precedence, d.id";

    private static Parameters introduced(Conference conference) {
        return Parameters.with("conference", conference.id)
                .and("presiding", conference.presidingDelegateId == null ? -1L : conference.presidingDelegateId);
    }

    /** One page of the introduction order (see {@link #introductionOrder}), sorted by the database. */
    public static List<Delegate> introductionPage(Conference conference, PageRequest page) {
        return find("from Delegate d left join fetch d.organization where " + INTRODUCED + INTRODUCTION_ORDER,
                introduced(conference)).page(page.panache()).list();
    }

    /**
     * The plan's order: the Thường trực Tỉnh ủy, HĐND, UBND tỉnh, the guests from above, the participants, the
     * awardees; each in precedence order.
     */
    public static List<Delegate> introductionOrder(Conference conference) {
        return find("from Delegate d left join fetch d.organization where " + INTRODUCED + INTRODUCTION_ORDER,
                introduced(conference)).list();
    }

    /** How many delegates each section of the introduction list has (sections without any are absent). */
    public static Map<IntroductionSection, Long> countBySection(Conference conference) {
        Map<IntroductionSection, Long> counts = new EnumMap<>(IntroductionSection.class);
        var query = getEntityManager().createQuery("select " + IntroductionSection.ORDINAL + ", count(d) from Delegate d"
                + " where " + INTRODUCED + " group by " + IntroductionSection.ORDINAL, Object[].class);
        introduced(conference).map().forEach(query::setParameter);
        query.getResultList().forEach(row -> counts.put(IntroductionSection.values()[((Number) row[0]).intValue()],
                (Long) row[1]));
        return counts;
    }

    public static Optional<Delegate> findByEmail(long conferenceId, String email) {
        return find("conference.id = ?1 and lower(email) = lower(?2)", conferenceId, email).firstResultOptional();
    }

    public String organizationName() {
        return organization == null ? null : organization.name;
    }
}
