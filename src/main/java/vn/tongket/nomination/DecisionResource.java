package vn.tongket.nomination;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** JSON API for the Chairman's decisions of a conference. */
@Path("/api/conferences/{id}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Khen thưởng")
public class DecisionResource {

    @Inject
    NominationService service;

    @Inject
    PrizeMoney prizeMoney;

    @GET
    public List<DecisionView> decisions(@PathParam("id") long conferenceId) {
        service.list(conferenceId);
        return AwardDecision.listByConference(conferenceId).stream().map(DecisionView::of).toList();
    }

    @POST
    @RolesAllowed("APPROVER")
    public Response decide(@PathParam("id") long conferenceId, @Valid @NotNull DecisionRequest body) {
        AwardDecision d = service.decide(conferenceId, body, prizeMoney.on(body.signedOn()));
        return Response.status(Response.Status.CREATED).entity(DecisionView.of(d)).build();
    }
}
