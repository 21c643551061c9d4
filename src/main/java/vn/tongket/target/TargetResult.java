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
import vn.tongket.delegate.Organization;

import java.math.BigDecimal;
import java.util.List;

/** The result a unit reached on one target. */
@Entity
// The summary report prints the targets table: a change drops the rendered report (RenderedDocuments).
@jakarta.persistence.EntityListeners(vn.tongket.document.RenderedDocuments.DocumentSetChanges.class)
@Table(name = "target_result")
public class TargetResult extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    public Target target;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    public Organization organization;

    @Column(name = "result_value", nullable = false, precision = 12, scale = 3)
    public BigDecimal value;

    public static List<TargetResult> ofConference(long conferenceId) {
        return list("target.conference.id", conferenceId);
    }
}
