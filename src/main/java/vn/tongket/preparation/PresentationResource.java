package vn.tongket.preparation;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tongket.web.CurrentUser;

import java.util.List;

/**
 * JSON API for presentations (tham luận): select a unit (its request mail goes through the outbox), record a draft
 * received by other means (the file as the request body, its name in ?fileName=), accept onto the agenda, return.
 */
@Path("/api/conferences/{id}/presentations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Chuẩn bị hội nghị")
public class PresentationResource {

    @Inject
    PresentationService service;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<PresentationView> list(@PathParam("id") long conferenceId) {
        return service.list(conferenceId).stream().map(this::view).toList();
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response request(@PathParam("id") long conferenceId, @Valid @NotNull PresentationRequest body) {
        return Response.status(Response.Status.CREATED).entity(service.view(service.request(conferenceId, body))).build();
    }

    @GET
    @Path("/{presentationId}")
    public PresentationView get(@PathParam("id") long conferenceId, @PathParam("presentationId") long id) {
        return view(service.get(conferenceId, id));
    }

    /** The unit's email and upload link only for those who request presentations (ORGANIZER, ADMIN). */
    private PresentationView view(Presentation presentation) {
        PresentationView view = service.view(presentation);
        return currentUser.isOrganizer() ? view : view.withoutContactAndLink();
    }

    @POST
    @Path("/{presentationId}/draft")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public PresentationView submit(@PathParam("id") long conferenceId, @PathParam("presentationId") long id,
                                   @QueryParam("fileName") String fileName, byte[] body) {
        return service.view(service.submitForUnit(conferenceId, id, fileName, body == null ? new byte[0] : body));
    }

    @GET
    @Path("/{presentationId}/draft")
    @Produces(MediaType.WILDCARD)
    public Response draft(@PathParam("id") long conferenceId, @PathParam("presentationId") long id) {
        return UploadedFiles.serve(service.file(conferenceId, id), false);
    }

    @POST
    @Path("/{presentationId}/accept")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public PresentationView accept(@PathParam("id") long conferenceId, @PathParam("presentationId") long id,
                                   @Valid @NotNull AcceptRequest body) {
        return service.view(service.accept(conferenceId, id, body));
    }

    @POST
    @Path("/{presentationId}/return")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public PresentationView giveBack(@PathParam("id") long conferenceId, @PathParam("presentationId") long id,
                                     @Valid @NotNull ReturnRequest body) {
        return service.view(service.giveBack(conferenceId, id, body.comments()));
    }
}
