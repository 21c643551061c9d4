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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** JSON API for one nomination: edit, transitions, history. */
@Path("/api/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Khen thưởng")
public class NominationResource {

    @Inject
    NominationService service;

    @Inject
    NominationViews views;

    @GET
    @Path("/{id}")
    public NominationView get(@PathParam("id") long id) {
        return views.of(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public NominationView update(@PathParam("id") long id, @Valid @NotNull NominationRequest body) {
        return views.of(service.update(id, body));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public NominationView submit(@PathParam("id") long id) {
        return views.of(service.submit(null, id));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed("REVIEWER")
    public NominationView review(@PathParam("id") long id, @Valid @NotNull ReviewRequest body) {
        return views.of(service.review(id, body));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public NominationView withdraw(@PathParam("id") long id) {
        return views.of(service.withdraw(id, null));
    }

    @POST
    @Path("/{id}/award")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public NominationView award(@PathParam("id") long id) {
        return views.of(service.award(id));
    }

    @PUT
    @Path("/{id}/representative")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public NominationView representative(@PathParam("id") long id, @Valid @NotNull RepresentativeRequest body) {
        return views.of(service.setRepresentative(id, body));
    }

    @GET
    @Path("/{id}/history")
    public List<HistoryView> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
