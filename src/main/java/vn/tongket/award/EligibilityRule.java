package vn.tongket.award;

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
import vn.tongket.nomination.NominationKind;
import vn.tongket.nomination.RuleSeverity;

import java.time.LocalDate;
import java.util.List;

/**
 * An eligibility rule with its period of force and its legal source (article, clause); {@code confirmed} false where
 * the text could not be read ("chưa xác nhận").
 */
@Entity
@Table(name = "eligibility_rule")
public class EligibilityRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public RuleCode code;

    @Column(name = "award_form", nullable = false, length = 200)
    public String awardForm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public NominationKind kind;

    @Column(name = "min_excellent_years")
    public Integer minExcellentYears;

    @Column(name = "min_initiatives")
    public Integer minInitiatives;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_until")
    public LocalDate effectiveUntil;

    @Column(nullable = false, length = 500)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public RuleSeverity severity;

    @Column(nullable = false)
    public boolean confirmed;

    @Version
    public int version;

    public static List<EligibilityRule> ordered() {
        return list("order by code, kind, effectiveFrom");
    }

    /** The rules for {@code kind} in force on {@code on}. */
    public static List<EligibilityRule> inForce(NominationKind kind, LocalDate on) {
        return list("kind = ?1 and effectiveFrom <= ?2 and (effectiveUntil is null or effectiveUntil >= ?2)"
                + " order by severity, code", kind, on);
    }

    /** The source as cited, with "chưa xác nhận" appended where the text was not read. */
    public String citation() {
        return confirmed || source.contains("chưa xác nhận") ? source : source + " (chưa xác nhận)";
    }
}
