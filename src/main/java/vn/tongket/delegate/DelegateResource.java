package vn.tongket.delegate;

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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** JSON API for a conference's delegate list. */
@Path("/api/conferences/{conferenceId}/delegates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Đại biểu")
public class DelegateResource {

    @Inject
    DelegateService service;

    @GET
    public List<DelegateView> list(@PathParam("conferenceId") long conferenceId,
                                   @QueryParam("category") DelegateCategory category) {
        return service.list(conferenceId, category).stream().map(DelegateView::of).toList();
    }

    @GET
    @Path("/introduction")
    public List<DelegateView> introduction(@PathParam("conferenceId") long conferenceId) {
        return service.introduction(conferenceId).stream().map(DelegateView::of).toList();
    }

    @GET
    @Path("/{id}")
    public DelegateView get(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        return DelegateView.of(service.get(conferenceId, id));
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response add(@PathParam("conferenceId") long conferenceId, @Valid @NotNull DelegateRequest body, UriInfo uri) {
        Delegate d = service.add(conferenceId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id)).build())
                .entity(DelegateView.of(d)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public DelegateView update(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                               @Valid @NotNull DelegateRequest body) {
        return DelegateView.of(service.update(conferenceId, id, body));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response delete(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        service.delete(conferenceId, id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/move-up")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public List<DelegateView> moveUp(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        service.move(conferenceId, id, -1);
        return list(conferenceId, null);
    }

    @POST
    @Path("/{id}/move-down")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public List<DelegateView> moveDown(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        service.move(conferenceId, id, 1);
        return list(conferenceId, null);
    }
}
