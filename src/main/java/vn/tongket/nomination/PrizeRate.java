package vn.tongket.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One row of the prize money rule set: a base salary or a coefficient, in force from a date until the next row. */
@Entity
@Table(name = "prize_rate")
public class PrizeRate extends PanacheEntityBase {

    /** What the row sets. */
    public enum Name {
        BASE_SALARY, INDIVIDUAL_COEFFICIENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Name name;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "rate_value", nullable = false, precision = 15, scale = 4)
    public BigDecimal value;

    @Column(length = 300)
    public String note;

    /** The text and article that set the rate, with the public copy it was read in; null: not given. */
    @Column(length = 500)
    public String source;

    /** Whether the figure and date were read in the source; the rates page says "chưa xác nhận" otherwise. */
    @Column(nullable = false)
    public boolean confirmed;

    public static List<PrizeRate> listAll() {
        return list("order by name, effectiveFrom");
    }

    /** The row in force on a date: the latest one that took effect on or before it. */
    public static Optional<PrizeRate> inForce(Name name, LocalDate on) {
        return find("name = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc", name, on).firstResultOptional();
    }

    public static Optional<PrizeRate> find(Name name, LocalDate effectiveFrom) {
        return find("name = ?1 and effectiveFrom = ?2", name, effectiveFrom).firstResultOptional();
    }
}
