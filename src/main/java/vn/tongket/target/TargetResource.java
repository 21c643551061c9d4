package vn.tongket.target;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.ContentDisposition;

import java.util.List;

/** JSON API of the year's targets and the units' results, with the table as XLSX both ways. */
@Path("/api/conferences/{conferenceId}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Chỉ tiêu")
public class TargetResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TargetService service;

    @Inject
    TargetSheet sheet;

    @Inject
    ConferenceService conferences;

    @GET
    public TargetView table(@PathParam("conferenceId") long conferenceId) {
        return TargetView.of(service.table(conferenceId));
    }

    /** The units that met every target. */
    @GET
    @Path("/met")
    public List<TargetView.Unit> met(@PathParam("conferenceId") long conferenceId) {
        return service.table(conferenceId).metAll().stream().map(TargetView::unit).toList();
    }

    /** Adds the plan's targets to a conference that has none. */
    @POST
    @Path("/seed")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public TargetView seed(@PathParam("conferenceId") long conferenceId) {
        service.seed(conferenceId);
        return table(conferenceId);
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response add(@PathParam("conferenceId") long conferenceId, @Valid @NotNull TargetRequest body) {
        return Response.status(201).entity(TargetView.of(service.add(conferenceId, body))).build();
    }

    @PUT
    @Path("/{targetId}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public TargetView.TargetItem update(@PathParam("conferenceId") long conferenceId,
                                        @PathParam("targetId") long targetId, @Valid @NotNull TargetRequest body) {
        return TargetView.of(service.update(conferenceId, targetId, body));
    }

    @DELETE
    @Path("/{targetId}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response delete(@PathParam("conferenceId") long conferenceId, @PathParam("targetId") long targetId) {
        service.delete(conferenceId, targetId);
        return Response.noContent().build();
    }

    @PUT
    @Path("/results")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public TargetView result(@PathParam("conferenceId") long conferenceId, @Valid @NotNull ResultRequest body) {
        service.setResult(conferenceId, body);
        return table(conferenceId);
    }

    @GET
    @Path("/table.xlsx")
    @Produces(XLSX)
    public Response export(@PathParam("conferenceId") long conferenceId) {
        byte[] xlsx = sheet.export(conferences.get(conferenceId).title, service.table(conferenceId));
        return Response.ok(xlsx, XLSX).header("Content-Disposition",
                ContentDisposition.attachment("chi-tieu-" + conferenceId + ".xlsx")).build();
    }

    /** The same layout back: every target and result, or (on any wrong cell) none, 400 naming the cell. */
    @POST
    @Path("/table.xlsx")
    @Consumes(XLSX)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public TargetView importTable(@PathParam("conferenceId") long conferenceId, byte[] body) {
        service.importTable(conferenceId, sheet.parse(body == null ? new byte[0] : body));
        return table(conferenceId);
    }
}
