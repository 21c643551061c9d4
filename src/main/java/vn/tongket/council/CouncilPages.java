package vn.tongket.council;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.document.ServedFiles;
import vn.tongket.web.FormState;
import vn.tongket.web.Localization;
import vn.tongket.web.RefusedForm;

import java.util.List;
import java.util.Map;

/**
 * The organiser's page of the council: the meeting, the members and their attendance, the secretary's paper count per
 * nominee with its share against the threshold, the ballot links and the minutes.
 */
@Path("/conferences/{conferenceId}/council")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class CouncilPages {

    static final String MEETING = "meeting";
    static final String MEMBER = "member";
    static final String NEW_MEMBER = "new-member";
    static final String TALLY = "tally";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance council(Conference conference, CouncilSummary council, FormState meeting,
                                               List<MemberRow> members, FormState newMember, List<VerdictRow> verdicts,
                                               CouncilRole[] roles, List<String> missing, String notice);
    }

    public record MemberRow(CouncilMember member, FormState form) {
    }

    public record VerdictRow(Verdict verdict, FormState form) {

        /** Whether the paper count may still be entered: before the nomination is sent to Home Affairs. */
        public boolean open() {
            return CouncilService.OPEN.contains(verdict.nomination().status);
        }
    }

    @Inject
    CouncilService service;

    @Inject
    ConferenceService conferences;

    @Inject
    CouncilMinutes minutes;

    @Inject
    vn.tongket.web.FormSupport forms;

    @GET
    public TemplateInstance page(@PathParam("conferenceId") long conferenceId, @QueryParam("saved") String saved,
                                 HttpHeaders headers) {
        String notice = saved == null ? null : Localization.bundle(CouncilMessages.class, headers).saved();
        return page(conferenceId, RefusedForm.NONE, notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveMeeting(@PathParam("conferenceId") long conferenceId, @BeanParam MeetingForm form,
                                HttpHeaders headers) {
        return forms.submit(form, headers, r -> saved(conferenceId, service.saveMeeting(conferenceId, r).id, "meeting"),
                state -> page(conferenceId, RefusedForm.of(MEETING, state), null));
    }

    @POST
    @Path("/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@PathParam("conferenceId") long conferenceId, @BeanParam MemberForm form,
                              HttpHeaders headers) {
        return forms.submit(form, headers, r -> saved(conferenceId, service.addMember(conferenceId, r).id, "members"),
                state -> page(conferenceId, RefusedForm.of(NEW_MEMBER, state), null));
    }

    @POST
    @Path("/members/{memberId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateMember(@PathParam("conferenceId") long conferenceId, @PathParam("memberId") long memberId,
                                 @BeanParam MemberForm form, HttpHeaders headers) {
        return forms.submit(form, headers, r -> saved(conferenceId, service.updateMember(conferenceId, memberId, r).id,
                        "member-" + memberId),
                state -> page(conferenceId, RefusedForm.of(MEMBER, memberId, state), null));
    }

    @POST
    @Path("/tallies/{nominationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tally(@PathParam("conferenceId") long conferenceId, @PathParam("nominationId") long nominationId,
                          @BeanParam TallyForm form, HttpHeaders headers) {
        return forms.submit(form, headers, r -> {
                    service.tally(conferenceId, nominationId, r);
                    return saved(conferenceId, nominationId, "tally-" + nominationId);
                },
                state -> page(conferenceId, RefusedForm.of(TALLY, nominationId, state), null));
    }

    @GET
    @Path("/minutes.pdf")
    @Produces("application/pdf")
    public Response minutesPdf(@PathParam("conferenceId") long conferenceId) {
        conferences.get(conferenceId);
        return Response.ok(ServedFiles.body(minutes.pdf(conferenceId)), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"bien-ban-hop-hoi-dong-" + conferenceId + ".pdf\"")
                .build();
    }

    private static Response saved(long conferenceId, long id, String fragment) {
        return Response.seeOther(UriBuilder.fromPath("/conferences/{c}/council").queryParam("saved", id)
                .fragment(fragment).build(conferenceId)).build();
    }

    private TemplateInstance page(long conferenceId, RefusedForm refused, String notice) {
        Conference conference = conferences.get(conferenceId);
        CouncilSummary s = service.summary(conferenceId);
        List<MemberRow> members = s.members().stream()
                .map(m -> new MemberRow(m, refused.form(MEMBER, m.id, MemberForm.of(m)))).toList();
        List<VerdictRow> verdicts = s.verdicts().stream().map(v -> new VerdictRow(v,
                refused.form(TALLY, v.nomination().id, TallyForm.of(v)))).toList();
        FormState meeting = refused.name() != null && refused.name().equals(MEETING) ? refused.state()
                : MeetingForm.of(s.meeting());
        FormState newMember = refused.name() != null && refused.name().equals(NEW_MEMBER) ? refused.state()
                : FormState.filled(Map.of("present", true, "role", CouncilRole.MEMBER));
        List<String> missing = s.meeting() == null ? List.of() : minutes.missing(conferenceId);
        return Templates.council(conference, s, meeting, members, newMember, verdicts, CouncilRole.values(), missing,
                notice);
    }
}
