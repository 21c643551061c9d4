package vn.tongket.preparation;

import java.time.Instant;
import java.time.LocalDate;

/** A presentation as the organiser sees it, with the unit's upload link (to pass on by other means if needed). */
public record PresentationView(long id, String organization, String email, String title, LocalDate dueOn,
                               PresentationState state, boolean late, String comments, FileView file,
                               Instant submittedAt, Long agendaItemId, String uploadLink, int version) {

    static PresentationView of(Presentation p, String baseUrl) {
        return new PresentationView(p.id, p.organization, p.email, p.title, p.dueOn, p.state,
                p.isLate(OutlineService.today()), p.comments, FileView.of(p.file), p.submittedAt, p.agendaItemId,
                PresentationService.link(baseUrl, p.token), p.version);
    }

    /** Without the unit's email and upload link (whoever holds it can upload in the unit's name): for REVIEWER, APPROVER. */
    PresentationView withoutContactAndLink() {
        return new PresentationView(id, organization, null, title, dueOn, state, late, comments, file, submittedAt,
                agendaItemId, null, version);
    }
}
