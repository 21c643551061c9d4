package vn.tongket.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.List;

/** One recorded state change (who, when, from, to, note). Immutable: rows are only ever inserted. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(nullable = false, updatable = false, length = 64)
    public String actor;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 40)
    public String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    public long entityId;

    @Column(nullable = false, updatable = false, length = 40)
    public String action;

    @Column(name = "from_state", updatable = false, length = 40)
    public String fromState;

    @Column(name = "to_state", updatable = false, length = 40)
    public String toState;

    @Column(updatable = false, columnDefinition = "TEXT")
    public String note;

    /** The history of one record, oldest first. */
    public static List<AuditEntry> history(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by at, id", entityType, entityId);
    }
}
