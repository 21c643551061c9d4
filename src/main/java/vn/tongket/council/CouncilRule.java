package vn.tongket.council;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The quorum and vote threshold the rules set for an award form, in force from a date (V28 migration: source and
 * whether its article could be read).
 */
@Entity
@Table(name = "council_rule")
public class CouncilRule extends PanacheEntityBase {

    /** The one award form this service proposes: the Chairman of the provincial People's Committee's Bằng khen. */
    public static final String BANG_KHEN = "BANG_KHEN_CHU_TICH_UBND_TINH";

    /** What the share of votes in favour is counted on. */
    public enum Base { TOTAL, PRESENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "award_form", nullable = false, length = 60)
    public String awardForm;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_until")
    public LocalDate effectiveUntil;

    @Column(name = "quorum_num", nullable = false)
    public int quorumNum;

    @Column(name = "quorum_den", nullable = false)
    public int quorumDen;

    @Column(name = "threshold_percent", nullable = false)
    public int thresholdPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Base base;

    @Column(nullable = false, length = 1000)
    public String source;

    @Column(nullable = false)
    public boolean confirmed;

    /** The rule in force for the form on that day, the latest start first. */
    public static Optional<CouncilRule> inForce(String awardForm, LocalDate on) {
        return find("awardForm = ?1 and effectiveFrom <= ?2 and (effectiveUntil is null or effectiveUntil >= ?2) "
                + "order by effectiveFrom desc", awardForm, on).firstResultOptional();
    }

    public boolean quorate(int present, int total) {
        return total > 0 && (long) present * quorumDen >= (long) total * quorumNum;
    }

    public int baseCount(int present, int total) {
        return base == Base.TOTAL ? total : present;
    }

    public boolean carried(int yes, int present, int total) {
        int count = baseCount(present, total);
        return quorate(present, total) && count > 0 && yes * 100L >= (long) thresholdPercent * count;
    }
}
