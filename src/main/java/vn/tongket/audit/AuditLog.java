package vn.tongket.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** The append-only audit log: records state changes inside the caller's transaction; nothing here updates or deletes. */
@ApplicationScoped
public class AuditLog {

    public static final String SYSTEM = "system";

    @Inject
    SecurityIdentity identity;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String entityType, long entityId, String action, String from, String to, String note) {
        AuditEntry e = new AuditEntry();
        e.at = Instant.now();
        e.actor = currentActor();
        e.entityType = entityType;
        e.entityId = entityId;
        e.action = action;
        e.fromState = from;
        e.toState = to;
        e.note = note;
        e.persist();
        return e;
    }

    public List<AuditEntry> history(String entityType, long entityId) {
        return AuditEntry.history(entityType, entityId);
    }

    /** The signed-in user's name, or "system" outside a request (start-up, scheduled work). */
    public String currentActor() {
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return SYSTEM;
        }
        return identity.getPrincipal().getName();
    }
}
