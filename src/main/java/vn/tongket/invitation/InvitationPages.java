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
import vn.tongket.web.FormSupport;
import vn.tongket.TongketConfig;
import vn.tongket.document.VietnameseDates;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestForm;

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
                                                   AttendanceCounts counts, String notice, Safety safety,
                                                   int maxPrinted);

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

    @Inject
    TongketConfig config;

    /**
     * What the organiser reads before a mass action: what sending and reminding would do now, the warnings that make
     * a send useless (links to localhost, a conference already begun), and a refusal next to the box not ticked.
     */
    public record Safety(InvitationService.SendPlan send, InvitationService.RemindPlan remind, String baseUrlWarning,
                         String startedWarning, String sendError, String remindError) {
    }

    /** The value of every confirmation box: a mass or permanent action is refused without it. */
    static final String CONFIRMED = "yes";

    @GET
    @Path("/invitations")
    public TemplateInstance invitations(@PathParam("conferenceId") long conferenceId, @QueryParam("notice") String notice,
                                        @BeanParam PageParams paging, @Context UriInfo uri, HttpHeaders headers) {
        return page(conferenceId, paging.request(), uri.getRequestUriBuilder(), notice, null, null, headers);
    }

    private TemplateInstance page(long conferenceId, vn.tongket.web.PageRequest request, UriBuilder base, String notice,
                                  String sendError, String remindError, HttpHeaders headers) {
        Conference c = conferences.get(conferenceId);
        ResultPage<Invitation> page = lists.invitations(conferenceId, request);
        InvitationMessages m = messages(headers);
        Safety safety = null;
        if (currentUser.isOrganizer()) {
            safety = new Safety(service.sendPlan(conferenceId), service.remindPlan(conferenceId),
                    localBaseUrl(config.baseUrl()) ? m.baseUrlLocal(config.baseUrl()) : null,
                    c.hasStarted() ? m.conferencePassed(VietnameseDates.dateTimeShort(c.startsAt)) : null,
                    sendError, remindError);
        }
        return Templates.invitations(c, page.rows(), Pager.of(page, base), AttendanceCounts.forConference(conferenceId),
                notice, safety, InvitationService.MAX_PRINTED);
    }

    /** Letters linking to this address open nowhere but on the server itself. */
    static boolean localBaseUrl(String baseUrl) {
        String host = URI.create(baseUrl.strip()).getHost();
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("0.0.0.0");
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
    public Response send(@PathParam("conferenceId") long conferenceId, @RestForm String confirm, HttpHeaders headers) {
        if (!CONFIRMED.equals(confirm)) {
            return unconfirmed(conferenceId, Localization.messages(headers).confirmRequired(), null, headers);
        }
        return back(conferenceId, "/invitations", messages(headers).queued(service.send(conferenceId)));
    }

    @POST
    @Path("/invitations/remind")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response remind(@PathParam("conferenceId") long conferenceId, @RestForm String confirm, HttpHeaders headers) {
        if (!CONFIRMED.equals(confirm)) {
            return unconfirmed(conferenceId, null, Localization.messages(headers).confirmRequired(), headers);
        }
        return back(conferenceId, "/invitations", messages(headers).reminded(service.remind(conferenceId)));
    }

    /** The invitations page again, refusing the action whose box was not ticked: nothing was done. */
    private Response unconfirmed(long conferenceId, String sendError, String remindError, HttpHeaders headers) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page(conferenceId, vn.tongket.web.PageRequest.FIRST,
                UriBuilder.fromPath("/conferences/" + conferenceId + "/invitations"), null, sendError, remindError,
                headers)).build();
    }

    /**
     * Every letter (or the selected ones) in one PDF, a page break between letters, for signing and sealing: one
     * rendering, bounded like any other by the rendering gate.
     */
    @GET
    @Path("/invitations/letters.pdf")
    @Produces("application/pdf")
    public Response lettersPdf(@PathParam("conferenceId") long conferenceId, @QueryParam("ids") List<String> ids) {
        List<Long> selected = ids == null ? List.of() : ids.stream().map(FormSupport::integer)
                .filter(java.util.Objects::nonNull).map(Integer::longValue).toList();
        byte[] pdf = documents.pdf(service.forPrinting(conferenceId, selected), currentUser.isOrganizer());
        return Response.ok(ServedFiles.body(pdf), "application/pdf")
                .header("Content-Disposition", ContentDisposition.inline("giay-moi-hoi-nghi-" + conferenceId + ".pdf"))
                .build();
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
