package vn.tongket.invitation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tongket.web.CurrentUser;
import vn.tongket.web.PageParams;
import vn.tongket.web.Pager;

import java.util.List;
import java.util.Map;

/** JSON API: issue, list, send and remind a conference's invitations. */
@Path("/api/conferences/{id}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Giấy mời")
public class InvitationResource {

    @Inject
    InvitationService service;

    @Inject
    InvitationLists lists;

    @Inject
    CurrentUser currentUser;

    /** Issues invitations to every delegate who has none: 201 when some were issued, 200 when none were new. */
    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response issue(@PathParam("id") long id) {
        InvitationService.Issued issued = service.issue(id);
        return Response.status(issued.created() > 0 ? 201 : 200).entity(views(issued.invitations())).build();
    }

    @GET
    @APIResponse(responseCode = "200", description = "Một trang giấy mời theo số",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InvitationView.class)))
    public Response list(@PathParam("id") long id, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Pager.response(lists.invitations(id, paging.request()).map(this::view), uri);
    }

    @POST
    @Path("/send")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response send(@PathParam("id") long id) {
        return Response.accepted(Map.of("queued", service.send(id))).build();
    }

    @POST
    @Path("/remind")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response remind(@PathParam("id") long id) {
        return Response.accepted(Map.of("queued", service.remind(id))).build();
    }

    private List<InvitationView> views(List<Invitation> invitations) {
        return invitations.stream().map(this::view).toList();
    }

    /** Only those who send the invitations see the answer token: with it, anyone could answer for the delegate. */
    private InvitationView view(Invitation invitation) {
        InvitationView view = InvitationView.of(invitation);
        return currentUser.isOrganizer() ? view : view.withoutToken();
    }

}
