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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API for the budget estimate: cost lines, prize money of decided nominations, totals, printable PDF. */
@Path("/api/conferences/{id}/budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Chuẩn bị hội nghị")
public class BudgetResource {

    @Inject
    BudgetService service;

    @Inject
    BudgetPrint print;

    @Inject
    DocumentHeads heads;

    @GET
    public BudgetEstimate estimate(@PathParam("id") long conferenceId) {
        return service.estimate(conferenceId);
    }

    @GET
    @Path("/estimate.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long conferenceId) {
        return print.response(conferenceId);
    }

    @POST
    @Path("/lines")
    @RolesAllowed({"ORGANIZER", "ADMIN", "FINANCE"})
    public Response add(@PathParam("id") long conferenceId, @Valid @NotNull BudgetLineRequest body) {
        service.add(conferenceId, body);
        return Response.status(Response.Status.CREATED).entity(service.estimate(conferenceId)).build();
    }

    @PUT
    @Path("/lines/{lineId}")
    @RolesAllowed({"ORGANIZER", "ADMIN", "FINANCE"})
    public BudgetEstimate update(@PathParam("id") long conferenceId, @PathParam("lineId") long lineId,
                                 @Valid @NotNull BudgetLineRequest body) {
        service.update(conferenceId, lineId, body);
        return service.estimate(conferenceId);
    }

    @DELETE
    @Path("/lines/{lineId}")
    @RolesAllowed({"ORGANIZER", "ADMIN", "FINANCE"})
    public BudgetEstimate delete(@PathParam("id") long conferenceId, @PathParam("lineId") long lineId) {
        service.delete(conferenceId, lineId);
        return service.estimate(conferenceId);
    }

    /** The estimate's head: Sở Tài chính's issuer lines, number, date, signer and basis as they print. */
    @GET
    @Path("/head")
    public DocumentHeads.Head head(@PathParam("id") long conferenceId) {
        return heads.head(conferenceId, DocumentHead.Kind.BUDGET);
    }

    @PUT
    @Path("/head")
    @RolesAllowed({"ORGANIZER", "ADMIN", "FINANCE"})
    public DocumentHeads.Head saveHead(@PathParam("id") long conferenceId, @Valid @NotNull DocumentHeadRequest body) {
        return heads.save(conferenceId, DocumentHead.Kind.BUDGET, body);
    }
}
