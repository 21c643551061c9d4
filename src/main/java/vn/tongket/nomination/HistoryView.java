package vn.tongket.nomination;

import vn.tongket.audit.AuditEntry;
import vn.tongket.audit.AuditLog;

import java.time.Instant;
import java.util.Arrays;

/**
 * One audit entry of a nomination, for GET /api/nominations/{id}/history and the history on the nomination's page:
 * {@code actor} is the user name, {@code actorName} that user's full name (null for the system or a removed account).
 */
public record HistoryView(Instant at, String actor, String actorName, String action, String from, String to,
                          String note) {

    public static HistoryView of(AuditEntry e, String actorName) {
        return new HistoryView(e.at, e.actor, actorName, e.action, e.fromState, e.toState, e.note);
    }

    /** Whether the change was made by the application itself (start-up, scheduled work), not by a person. */
    public boolean bySystem() {
        return AuditLog.SYSTEM.equals(actor);
    }

    /** Who to show: the full name, else the user name of an account that no longer exists. */
    public String who() {
        return actorName != null ? actorName : actor;
    }

    /** The action of the transition table, or null for the creation (the one action outside it). */
    public NominationAction tableAction() {
        return Arrays.stream(NominationAction.values()).filter(a -> a.name().equals(action)).findFirst().orElse(null);
    }

    /** The state the nomination was left in, or null when the entry records none. */
    public NominationStatus statusAfter() {
        return Arrays.stream(NominationStatus.values()).filter(s -> s.name().equals(to)).findFirst().orElse(null);
    }
}
