package vn.tongket.invitation;

import vn.tongket.web.ContentDisposition;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.mail.OutboxMessage;
import vn.tongket.web.CurrentUser;
import vn.tongket.web.Localization;
import vn.tongket.web.PageParams;
import vn.tongket.web.Pager;
import vn.tongket.web.ResultPage;
import vn.tongket.web.ProblemException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.tongket.document.ServedFiles;

/** Organiser pages: invitations (issue, send, remind, letters), the outbox; the door is {@link CheckInPages}. */
@Path("/conferences/{conferenceId}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class InvitationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitations(Conference conference, List<Invitation> invitations, Pager pager,
                                                   AttendanceCounts counts, String notice);

        static native TemplateInstance outbox(Conference conference, List<OutboxMessage> messages, Pager pager,
                                              String notice);

        static native TemplateInstance message(Conference conference, OutboxMessage message);
    }

    @Inject
    InvitationService service;

    @Inject
    InvitationLists lists;

    @Inject
    InvitationDocuments documents;

    @Inject
    ConferenceService conferences;

    @Inject
    AttendanceList attendance;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/invitations")
    public TemplateInstance invitations(@PathParam("conferenceId") long conferenceId, @QueryParam("notice") String notice,
                                        @BeanParam PageParams paging, @Context UriInfo uri) {
        ResultPage<Invitation> page = lists.invitations(conferenceId, paging.request());
        return Templates.invitations(conferences.get(conferenceId), page.rows(), Pager.of(page, uri),
                AttendanceCounts.forConference(conferenceId), notice);
    }

    /** The counts as JSON, for the conference page's live refresh. */
    @GET
    @Path("/invitations/counts")
    @Produces(MediaType.APPLICATION_JSON)
    public AttendanceCounts counts(@PathParam("conferenceId") long conferenceId) {
        conferences.get(conferenceId);
        return AttendanceCounts.forConference(conferenceId);
    }

    @POST
    @Path("/invitations/issue")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response issue(@PathParam("conferenceId") long conferenceId, HttpHeaders headers) {
        int n = service.issue(conferenceId).created();
        return back(conferenceId, "/invitations", messages(headers).issued(n));
    }

    @POST
    @Path("/invitations/send")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response send(@PathParam("conferenceId") long conferenceId, HttpHeaders headers) {
        return back(conferenceId, "/invitations", messages(headers).queued(service.send(conferenceId)));
    }

    @POST
    @Path("/invitations/remind")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response remind(@PathParam("conferenceId") long conferenceId, HttpHeaders headers) {
        return back(conferenceId, "/invitations", messages(headers).reminded(service.remind(conferenceId)));
    }

    @GET
    @Path("/invitations/{id}/letter")
    public String letter(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        return documents.html(invitation(conferenceId, id), currentUser.isOrganizer());
    }

    @GET
    @Path("/invitations/{id}/letter.pdf")
    @Produces("application/pdf")
    public Response letterPdf(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        InvitationDocuments.LetterPdf letter = documents.keptPdf(id, currentUser.isOrganizer(), () -> invitation(conferenceId, id));
        return Response.ok(ServedFiles.body(letter.content()), "application/pdf")
                .header("Content-Disposition", ContentDisposition.inline(letter.fileName())).build();
    }

    @GET
    @Path("/outbox")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public TemplateInstance outbox(@PathParam("conferenceId") long conferenceId, @QueryParam("notice") String notice,
                                   @BeanParam PageParams paging, @Context UriInfo uri) {
        ResultPage<OutboxMessage> page = lists.outbox(conferenceId, paging.request());
        return Templates.outbox(conferences.get(conferenceId), page.rows(), Pager.of(page, uri), notice);
    }

    @GET
    @Path("/outbox/{messageId}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public TemplateInstance message(@PathParam("conferenceId") long conferenceId, @PathParam("messageId") long messageId) {
        OutboxMessage m = OutboxMessage.findById(messageId);
        if (m == null || m.conferenceId == null || m.conferenceId != conferenceId) {
            throw ProblemException.notFound(InvitationMessages.class, InvitationMessages::invitationNotFound);
        }
        return Templates.message(conferences.get(conferenceId), m);
    }

    @POST
    @Path("/outbox/{messageId}/resend")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response resend(@PathParam("conferenceId") long conferenceId, @PathParam("messageId") long messageId,
                           HttpHeaders headers) {
        service.resend(conferenceId, messageId);
        return back(conferenceId, "/outbox", messages(headers).queued(1));
    }

    @GET
    @Path("/attendance.pdf")
    @Produces("application/pdf")
    public Response attendancePdf(@PathParam("conferenceId") long conferenceId) {
        return Response.ok(ServedFiles.body(attendance.pdf(conferenceId)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"danh-sach-tham-du-" + conferenceId + ".pdf\"").build();
    }

    @GET
    @Path("/attendance.xlsx")
    @Produces(AttendanceList.XLSX)
    public Response attendanceXlsx(@PathParam("conferenceId") long conferenceId) {
        return Response.ok(attendance.xlsx(conferenceId), AttendanceList.XLSX)
                .header("Content-Disposition", "attachment; filename=\"danh-sach-tham-du-" + conferenceId + ".xlsx\"").build();
    }

    private Invitation invitation(long conferenceId, long id) {
        Invitation i = service.forLetter(id);
        if (i.conference.id != conferenceId) {
            throw ProblemException.notFound(InvitationMessages.class, InvitationMessages::invitationNotFound);
        }
        return i;
    }

    private static InvitationMessages messages(HttpHeaders headers) {
        return Localization.bundle(InvitationMessages.class, headers);
    }

    private static Response back(long conferenceId, String page, String notice) {
        return Response.seeOther(URI.create("/conferences/" + conferenceId + page + "?notice="
                + URLEncoder.encode(notice, StandardCharsets.UTF_8))).build();
    }
}
