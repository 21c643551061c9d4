package vn.tongket.invitation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.tongket.conference.ConferenceService;
import vn.tongket.document.ServedFiles;
import vn.tongket.web.Localization;


/** JSON API: live counts of a conference's invitations. */
@Path("/api/conferences/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Giấy mời")
public class AttendanceResource {

    @Inject
    ConferenceService conferences;

    @GET
    public AttendanceCounts attendance(@PathParam("id") long id) {
        conferences.get(id);
        return AttendanceCounts.forConference(id);
    }

    @Inject
    AttendanceReport report;

    /** Attendance by group: invited, present, absent with or without excuse, present through a substitute. */
    @GET
    @Path("/report")
    public AttendanceReport.Report report(@PathParam("id") long id, HttpHeaders headers) {
        return report.report(id, Localization.messages(headers), Localization.bundle(InvitationMessages.class, headers));
    }

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    public Response reportPdf(@PathParam("id") long id) {
        return Response.ok(ServedFiles.body(report.pdf(id)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"bao-cao-diem-danh-" + id + ".pdf\"").build();
    }

    @GET
    @Path("/report.xlsx")
    @Produces(AttendanceList.XLSX)
    public Response reportXlsx(@PathParam("id") long id) {
        return Response.ok(report.xlsx(id), AttendanceList.XLSX)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-diem-danh-" + id + ".xlsx\"").build();
    }

}
