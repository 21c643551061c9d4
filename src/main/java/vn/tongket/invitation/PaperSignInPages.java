package vn.tongket.invitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.document.ServedFiles;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;

import java.net.URI;
import java.util.List;

/** The printed sign-in sheet's rows with a "signed" box each: who signed on paper, entered after the conference. */
@Path("/conferences/{conferenceId}/attendance")
public class PaperSignInPages {

    /** One row: the invitation, and whether its box is ticked and may be changed (not when the desk checked in). */
    public record Row(Invitation invitation, boolean signed, boolean atDesk, String deskTime) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(Conference conference, List<Row> rows, FormState form, String notice);
    }

    @Inject
    InvitationService service;

    @Inject
    ConferenceService conferences;

    @Inject
    PaperSignIn paper;

    @Inject
    FormSupport forms;

    @Inject
    AttendanceReport report;

    @GET
    @Path("/paper")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("conferenceId") long conferenceId, @QueryParam("saved") String saved,
                                 HttpHeaders headers) {
        return sheet(conferenceId, FormState.EMPTY, notice(saved, headers));
    }

    @POST
    @Path("/paper")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("conferenceId") long conferenceId, @BeanParam PaperSheetForm form,
                         HttpHeaders headers) {
        return forms.submit(form, headers, r -> {
            PaperSignIn.Outcome o = paper.record(conferenceId, r.shown(), r.signed());
            return Response.seeOther(URI.create("/conferences/" + conferenceId + "/attendance/paper?saved="
                    + o.added() + "-" + o.removed())).build();
        }, state -> sheet(conferenceId, state, null));
    }

    /** The attendance report for the signed-in browser (the API's twin takes basic authentication). */
    @GET
    @Path("/report.pdf")
    @Authenticated
    @Produces("application/pdf")
    public Response reportPdf(@PathParam("conferenceId") long conferenceId) {
        return Response.ok(ServedFiles.body(report.pdf(conferenceId)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"bao-cao-diem-danh-" + conferenceId + ".pdf\"").build();
    }

    @GET
    @Path("/report.xlsx")
    @Authenticated
    @Produces(AttendanceList.XLSX)
    public Response reportXlsx(@PathParam("conferenceId") long conferenceId) {
        return Response.ok(report.xlsx(conferenceId), AttendanceList.XLSX)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-diem-danh-" + conferenceId + ".xlsx\"").build();
    }

    private TemplateInstance sheet(long conferenceId, FormState form, String notice) {
        Conference conference = conferences.get(conferenceId);
        List<Row> rows = service.list(conferenceId).stream().filter(i -> !i.withdrawn())
                .map(i -> new Row(i, i.checkedInAt != null, i.checkedInSource == CheckInSource.DESK,
                        i.checkedInAt == null ? "" : InvitationService.clockTime(i.checkedInAt)))
                .toList();
        return Templates.sheet(conference, rows, form, notice);
    }

    /** "?saved=2-1": two added, one removed. */
    private static String notice(String saved, HttpHeaders headers) {
        if (saved == null || !saved.matches("\\d{1,6}-\\d{1,6}")) {
            return null;
        }
        String[] n = saved.split("-");
        return Localization.bundle(InvitationMessages.class, headers)
                .paperSaved(Integer.parseInt(n[0]), Integer.parseInt(n[1]));
    }
}
