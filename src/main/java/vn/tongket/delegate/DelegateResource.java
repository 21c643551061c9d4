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
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.CurrentUser;
import vn.tongket.web.PageParams;
import vn.tongket.web.Pager;

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

    @Inject
    CurrentUser currentUser;

    @Inject
    DelegateSheet sheet;

    @Inject
    ConferenceService conferences;

    @GET
    @APIResponse(responseCode = "200", description = "Một trang danh sách theo thứ tự nghi thức",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DelegateView.class)))
    public Response list(@PathParam("conferenceId") long conferenceId, @QueryParam("category") DelegateCategory category,
                         @BeanParam PageParams paging, @Context UriInfo uri) {
        return Pager.response(service.page(conferenceId, category, paging.request()).map(this::view), uri);
    }

    /** Guests, then participants, then awardees, each in protocol order. */
    @GET
    @Path("/introduction")
    @APIResponse(responseCode = "200", description = "Một trang danh sách giới thiệu đại biểu",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DelegateView.class)))
    public Response introduction(@PathParam("conferenceId") long conferenceId, @BeanParam PageParams paging,
                                 @Context UriInfo uri) {
        return Pager.response(service.introductionPage(conferenceId, paging.request()).map(this::view), uri);
    }

    @GET
    @Path("/{id}")
    public DelegateView get(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        return view(service.get(conferenceId, id));
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response add(@PathParam("conferenceId") long conferenceId, @Valid @NotNull DelegateRequest body, UriInfo uri) {
        Delegate d = service.add(conferenceId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id)).build())
                .entity(DelegateView.of(d)).build();
    }

    /** Imports an XLSX sheet laid out like the template (the file as the body): all rows or none. */
    @POST
    @Path("/import")
    @Consumes(DelegateImportPages.XLSX)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    @APIResponse(responseCode = "201", description = "Các đại biểu đã thêm, theo thứ tự các dòng của tệp",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DelegateView.class)))
    public Response importSheet(@PathParam("conferenceId") long conferenceId, byte[] body) {
        conferences.get(conferenceId);
        List<Delegate> added = service.importAll(conferenceId, sheet.parse(body == null ? new byte[0] : body));
        return Response.status(Response.Status.CREATED).entity(added.stream().map(DelegateView::of).toList()).build();
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
        return wholeList(conferenceId);
    }

    @POST
    @Path("/{id}/move-down")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public List<DelegateView> moveDown(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        service.move(conferenceId, id, 1);
        return wholeList(conferenceId);
    }

    /** The whole list after a move, as before paging: the client redraws it with the moved row in place. */
    private List<DelegateView> wholeList(long conferenceId) {
        return service.list(conferenceId, null).stream().map(DelegateView::of).toList();
    }

    /** Emails and phone numbers only for those who contact delegates (ORGANIZER, ADMIN). */
    private DelegateView view(Delegate delegate) {
        DelegateView view = DelegateView.of(delegate);
        return currentUser.isOrganizer() ? view : view.withoutContacts();
    }
}
