package vn.tongket.nomination;

import vn.tongket.audit.AuditEntry;

import java.time.Instant;

/** One audit entry of a nomination: GET /api/nominations/{id}/history. */
public record HistoryView(Instant at, String actor, String action, String from, String to, String note) {

    public static HistoryView of(AuditEntry e) {
        return new HistoryView(e.at, e.actor, e.action, e.fromState, e.toState, e.note);
    }
}
