package vn.tongket.preparation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/**
 * JSON API for the summary report's outline (báo cáo tổng kết): create the plan's ten areas, edit them, record what
 * each owner sent (text, or a PDF/DOCX as the request body with its name in ?fileName=), accept or return it.
 */
@Path("/api/conferences/{id}/outline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Chuẩn bị hội nghị")
public class OutlineResource {

    @Inject
    OutlineService service;

    @Inject
    DocumentHeads heads;

    @GET
    public List<SectionView> outline(@PathParam("id") long conferenceId) {
        return views(service.outline(conferenceId));
    }

    /** Creates the ten content areas of the plan (section II.1); 409 when the conference already has an outline. */
    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response createFromPlan(@PathParam("id") long conferenceId) {
        return Response.status(Response.Status.CREATED).entity(views(service.createFromPlan(conferenceId))).build();
    }

    @POST
    @Path("/sections")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response add(@PathParam("id") long conferenceId, @Valid @NotNull SectionRequest body) {
        return Response.status(Response.Status.CREATED).entity(view(service.add(conferenceId, body))).build();
    }

    @PUT
    @Path("/sections/{sectionId}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public SectionView update(@PathParam("id") long conferenceId, @PathParam("sectionId") long sectionId,
                              @Valid @NotNull SectionRequest body) {
        return view(service.update(conferenceId, sectionId, body));
    }

    @DELETE
    @Path("/sections/{sectionId}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response delete(@PathParam("id") long conferenceId, @PathParam("sectionId") long sectionId) {
        service.delete(conferenceId, sectionId);
        return Response.noContent().build();
    }

    @POST
    @Path("/sections/{sectionId}/text")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public SectionView receiveText(@PathParam("id") long conferenceId, @PathParam("sectionId") long sectionId,
                                   @Valid @NotNull SectionTextRequest body) {
        return view(service.receiveText(conferenceId, sectionId, body.text()));
    }

    @POST
    @Path("/sections/{sectionId}/file")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public SectionView receiveFile(@PathParam("id") long conferenceId, @PathParam("sectionId") long sectionId,
                                   @QueryParam("fileName") String fileName, byte[] body) {
        return view(service.receiveFile(conferenceId, sectionId, fileName, body == null ? new byte[0] : body));
    }

    @GET
    @Path("/sections/{sectionId}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long conferenceId, @PathParam("sectionId") long sectionId) {
        return UploadedFiles.serve(service.file(conferenceId, sectionId), false);
    }

    @POST
    @Path("/sections/{sectionId}/accept")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public SectionView accept(@PathParam("id") long conferenceId, @PathParam("sectionId") long sectionId) {
        return view(service.accept(conferenceId, sectionId));
    }

    /** Returns a received (or accepted) section to its owner: REQUESTED again. */
    @POST
    @Path("/sections/{sectionId}/return")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public SectionView giveBack(@PathParam("id") long conferenceId, @PathParam("sectionId") long sectionId) {
        return view(service.giveBack(conferenceId, sectionId));
    }

    private static List<SectionView> views(List<ReportSection> sections) {
        LocalDate today = OutlineService.today();
        return sections.stream().map(s -> SectionView.of(s, today)).toList();
    }

    private static SectionView view(ReportSection s) {
        return SectionView.of(s, OutlineService.today());
    }

    /** The report's head: issuer lines, number ("15/BC-UBND"), date of issue and signer, as it prints. */
    @GET
    @Path("/report-head")
    public DocumentHeads.Head reportHead(@PathParam("id") long conferenceId) {
        return heads.head(conferenceId, DocumentHead.Kind.REPORT);
    }

    @PUT
    @Path("/report-head")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public DocumentHeads.Head saveReportHead(@PathParam("id") long conferenceId,
                                             @Valid @NotNull DocumentHeadRequest body) {
        return heads.save(conferenceId, DocumentHead.Kind.REPORT, body);
    }
}
