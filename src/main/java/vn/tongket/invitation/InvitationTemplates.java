package vn.tongket.invitation;

import io.quarkus.qute.TemplateExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;

/** What invitation pages need in templates: Vietnam time of an instant, and the counts for the conference page. */
@Named("invitationCounts")
@ApplicationScoped
public class InvitationTemplates {

    /** The counts of a conference, for {@code {inject:invitationCounts.of(conference.id)}}. */
    public AttendanceCounts of(Long conferenceId) {
        return AttendanceCounts.forConference(conferenceId);
    }

    /** "07:42 08/12/2023" in Vietnam time: {@code {i.checkedInAt.vnTime}}. */
    @TemplateExtension
    static String vnTime(Instant at) {
        return at == null ? "" : InvitationService.localTime(at);
    }

    /** "07:42" in Vietnam time: {@code {i.checkedInAt.vnClock}}. */
    @TemplateExtension
    static String vnClock(Instant at) {
        return at == null ? "" : InvitationService.clockTime(at);
    }
}
