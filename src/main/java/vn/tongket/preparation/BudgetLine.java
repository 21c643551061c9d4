package vn.tongket.preparation;

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

import java.util.List;

/** One cost line of the budget estimate (dự toán kinh phí): quantity times unit price, in VND. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "conference_id", nullable = false)
    public Long conferenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public BudgetCategory category;

    @Column(nullable = false, length = 500)
    public String description;

    @Column(nullable = false)
    public int quantity;

    @Column(length = 50)
    public String unit;

    @Column(name = "unit_price", nullable = false)
    public long unitPrice;

    @Version
    public int version;

    public long amount() {
        return Math.multiplyExact(quantity, unitPrice);
    }

    public static List<BudgetLine> listByConference(long conferenceId) {
        return list("conferenceId = ?1 order by category, id", conferenceId);
    }
}
