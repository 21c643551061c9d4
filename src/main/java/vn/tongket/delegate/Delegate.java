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
import vn.tongket.DeclaredOrder;
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

    /** Guests, participants, awardees (the declared order; stored as text, whose order differs). */
    private static final String CATEGORY_ORDER = DeclaredOrder.of("d.category", DelegateCategory.class);

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

    /** How many delegates each category has (categories without any are absent). */
    public static Map<DelegateCategory, Long> countByCategory(long conferenceId) {
        Map<DelegateCategory, Long> counts = new EnumMap<>(DelegateCategory.class);
        getEntityManager().createQuery("select d.category, count(d) from Delegate d where d.conference.id = ?1 "
                        + "and d.withdrawnAt is null group by d.category", Object[].class).setParameter(1, conferenceId).getResultList()
                .forEach(row -> counts.put((DelegateCategory) row[0], (Long) row[1]));
        return counts;
    }

    /** One page of the introduction order (see {@link #introductionOrder}), sorted by the database. */
    public static List<Delegate> introductionPage(long conferenceId, PageRequest page) {
        return find("from Delegate d left join fetch d.organization where d.conference.id = ?1 and d.withdrawnAt is null "
                + "order by " + CATEGORY_ORDER + ", d.precedence, d.id", conferenceId).page(page.panache()).list();
    }

    /** Guests first, then participants, then awardees; each in precedence order. */
    public static List<Delegate> introductionOrder(long conferenceId) {
        return listByConference(conferenceId).stream()
                .sorted(java.util.Comparator.comparing((Delegate d) -> d.category.ordinal()))
                .toList();
    }

    public static Optional<Delegate> findByEmail(long conferenceId, String email) {
        return find("conference.id = ?1 and lower(email) = lower(?2)", conferenceId, email).firstResultOptional();
    }

    public String organizationName() {
        return organization == null ? null : organization.name;
    }
}
