package vn.tongket.nomination;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** JSON API for a conference's nominations, their quota and the awards list. */
@Path("/api/conferences/{id}/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Khen thưởng")
public class ConferenceNominationResource {

    @Inject
    NominationService service;

    @Inject
    QuotaService quotas;

    @GET
    public List<NominationView> list(@PathParam("id") long conferenceId) {
        return service.list(conferenceId).stream().map(NominationView::of).toList();
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response create(@PathParam("id") long conferenceId, @Valid @NotNull NominationRequest body) {
        Nomination n = service.create(conferenceId, body);
        return Response.created(URI.create("/api/nominations/" + n.id)).entity(NominationView.of(n)).build();
    }

    @GET
    @Path("/quota")
    public Map<NominationKind, QuotaService.Meter> quota(@PathParam("id") long conferenceId) {
        service.list(conferenceId);
        return quotas.meters(conferenceId);
    }

    @GET
    @Path("/awards")
    public List<NominationView> awards(@PathParam("id") long conferenceId) {
        return service.awards(conferenceId).stream().map(NominationView::of).toList();
    }

    @PUT
    @Path("/quota")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Map<NominationKind, QuotaService.Meter> setQuota(@PathParam("id") long conferenceId,
                                                           @Valid @NotNull QuotaRequest body) {
        service.list(conferenceId);
        return quotas.setCap(conferenceId, body.kind(), body.cap());
    }
}
