package vn.tongket.target;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tongket.conference.Conference;

import java.math.BigDecimal;
import java.util.List;

/** One of the year's targets set by the plan (chỉ tiêu): reached by a unit whose result is at least the value. */
@Entity
// The summary report prints the targets table: a change drops the rendered report (RenderedDocuments).
@jakarta.persistence.EntityListeners(vn.tongket.document.RenderedDocuments.DocumentSetChanges.class)
@Table(name = "target")
public class Target extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id", nullable = false)
    public Conference conference;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false, length = 300)
    public String name;

    /** Unit of measure: "%", "cuộc", "người"... */
    @Column(nullable = false, length = 50)
    public String unit;

    @Column(name = "target_value", nullable = false, precision = 12, scale = 3)
    public BigDecimal targetValue;

    /** Where the target was taken from (the plan and its section), when seeded. */
    @Column(length = 300)
    public String source;

    @Version
    public int version;

    public static List<Target> ofConference(long conferenceId) {
        return list("conference.id = ?1 order by sortOrder, id", conferenceId);
    }

    public boolean metBy(BigDecimal result) {
        return result != null && result.compareTo(targetValue) >= 0;
    }
}
