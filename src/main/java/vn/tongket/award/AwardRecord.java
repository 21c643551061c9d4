package vn.tongket.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.tongket.web.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One award in the registry (sổ khen thưởng): who or which unit, the form, the decision, the year and the achievement.
 * It outlives the conference it came from ({@code sourceConferenceId} becomes null when that is deleted).
 */
@Entity
@Table(name = "award_record")
public class AwardRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recipient_name", nullable = false, length = 300)
    public String recipientName;

    @Column(nullable = false)
    public boolean collective;

    @Column(length = 300)
    public String organization;

    @Column(name = "award_form", nullable = false, length = 200)
    public String awardForm;

    @Column(name = "decision_number", nullable = false, length = 50)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    /** The year of the achievement (the conference's year under review), not the year of the decision. */
    @Column(name = "award_year", nullable = false)
    public int year;

    @Column(columnDefinition = "TEXT")
    public String achievement;

    /** Số vào sổ: the certificate's number in the year's register; null for imported earlier awards without one. */
    @Column(name = "register_number")
    public Integer registerNumber;

    @Column(name = "source_conference_id")
    public Long sourceConferenceId;

    @Column(name = "nomination_id")
    public Long nominationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** Awards whose recipient or organisation contains {@code text} (null: all), in {@code year} (null: any). */
    public static List<AwardRecord> search(String text, Integer year, PageRequest page) {
        return find(where(text, year), parameters(text, year)).page(page.panache()).list();
    }

    public static long countSearch(String text, Integer year) {
        return count(where(text, year), parameters(text, year));
    }

    private static String where(String text, Integer year) {
        String where = "1 = 1";
        if (text != null) {
            where += " and (lower(recipientName) like :text or lower(organization) like :text)";
        }
        if (year != null) {
            where += " and year = :year";
        }
        return where + " order by year desc, decisionDate desc, registerNumber, id";
    }

    private static Parameters parameters(String text, Integer year) {
        Parameters p = new Parameters();
        if (text != null) {
            p.and("text", "%" + text.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (year != null) {
            p.and("year", year);
        }
        return p;
    }

    /** The same recipient (name, collective or not) given {@code form} for the achievements of {@code year}. */
    public static List<AwardRecord> sameAward(String name, boolean collective, String form, int year,
                                              Long exceptNomination) {
        return list("lower(recipientName) = ?1 and collective = ?2 and awardForm = ?3 and year = ?4"
                        + " and (nominationId is null or nominationId <> ?5)",
                name.toLowerCase(java.util.Locale.ROOT), collective, form, year,
                exceptNomination == null ? -1L : exceptNomination);
    }

    /** The recipient's earlier awards, newest first: section III of the achievement report. */
    public static List<AwardRecord> earlier(String name, boolean collective, int beforeYear) {
        return list("lower(recipientName) = ?1 and collective = ?2 and year < ?3 order by year desc, decisionDate desc",
                name.toLowerCase(java.util.Locale.ROOT), collective, beforeYear);
    }

    public static AwardRecord forNomination(long nominationId) {
        return find("nominationId", nominationId).firstResult();
    }

    /**
     * The next number of the year's register. A locking read: two decisions recorded at once for the same year wait
     * for each other instead of taking the same number (the unique key would refuse the second).
     */
    public static int nextRegisterNumber(int year) {
        Object max = getEntityManager().createNativeQuery(
                        "SELECT MAX(register_number) FROM award_record WHERE award_year = ?1 FOR UPDATE")
                .setParameter(1, year).getSingleResult();
        return max == null ? 1 : ((Number) max).intValue() + 1;
    }
}
