package vn.tongket.conference;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tongket.reform.ReformCheck;
import vn.tongket.web.Localization;

import java.util.List;

/** JSON API for conferences and their agenda. */
@Path("/api/conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Hội nghị")
public class ConferenceResource {

    @Inject
    ConferenceService service;

    @Inject
    ReformCheck reform;

    @GET
    public List<ConferenceView> list() {
        return service.list().stream().map(ConferenceView::of).toList();
    }

    @GET
    @Path("/{id}")
    public ConferenceView get(@PathParam("id") long id, HttpHeaders headers) {
        return withWarnings(service.get(id), headers);
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response create(@Valid @NotNull ConferenceRequest body, UriInfo uri, HttpHeaders headers) {
        Conference c = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id)).build())
                .entity(withWarnings(c, headers)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public ConferenceView update(@PathParam("id") long id, @Valid @NotNull ConferenceRequest body,
                                 HttpHeaders headers) {
        return withWarnings(service.update(id, body), headers);
    }

    /** The conference with what to check (the 2025 reform, the review year), in the reader's language. */
    private ConferenceView withWarnings(Conference c, HttpHeaders headers) {
        return ConferenceView.of(c).withWarnings(reform.conference(c, Localization.language(headers)));
    }

    @GET
    @Path("/{id}/agenda")
    public List<AgendaItemView> agenda(@PathParam("id") long id) {
        return service.agenda(id).stream().map(AgendaItemView::of).toList();
    }

    @POST
    @Path("/{id}/agenda")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response addAgendaItem(@PathParam("id") long id, @Valid @NotNull AgendaItemRequest body, UriInfo uri) {
        AgendaItem item = service.addAgendaItem(id, body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.id)).build())
                .entity(AgendaItemView.of(item)).build();
    }

    @PUT
    @Path("/{id}/agenda/{itemId}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public AgendaItemView updateAgendaItem(@PathParam("id") long id, @PathParam("itemId") long itemId,
                                           @Valid @NotNull AgendaItemRequest body) {
        return AgendaItemView.of(service.updateAgendaItem(id, itemId, body));
    }

    @DELETE
    @Path("/{id}/agenda/{itemId}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response deleteAgendaItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        service.deleteAgendaItem(id, itemId);
        return Response.noContent().build();
    }
}
