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
import vn.tongket.preparation.DocumentHead;
import vn.tongket.preparation.DocumentHeadRequest;
import vn.tongket.preparation.DocumentHeads;
import vn.tongket.web.PageParams;
import vn.tongket.web.Pager;

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
    NominationViews views;

    @Inject
    ConferenceService conferences;

    @Inject
    QuotaService quotas;

    @Inject
    NominationSheet sheet;

    @Inject
    DocumentHeads heads;

    @GET
    @APIResponse(responseCode = "200", description = "Một trang đề nghị khen thưởng (theo loại, rồi theo số)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NominationView.class)))
    public Response list(@PathParam("id") long conferenceId, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Pager.response(service.page(conferenceId, null, Nomination.LIST_ORDER, paging.request())
                .map(views::of), uri);
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response create(@PathParam("id") long conferenceId, @Valid @NotNull NominationRequest body) {
        Nomination n = service.create(conferenceId, body);
        return Response.created(URI.create("/api/nominations/" + n.id)).entity(views.of(n)).build();
    }

    /** The consolidated list's head as it prints: Sở Nội vụ's issuer lines and the signer (title and name). */
    @GET
    @Path("/documents/list-head")
    public DocumentHeads.Head listHead(@PathParam("id") long conferenceId) {
        return heads.head(conferenceId, DocumentHead.Kind.LIST);
    }

    /** Home Affairs signs the list; number, date and basis are the Tờ trình's and are not kept here. */
    @PUT
    @Path("/documents/list-head")
    @RolesAllowed({"REVIEWER", "ORGANIZER", "ADMIN"})
    public DocumentHeads.Head saveListHead(@PathParam("id") long conferenceId, @Valid @NotNull DocumentHeadRequest body) {
        return heads.save(conferenceId, DocumentHead.Kind.LIST, body);
    }

    @GET
    @Path("/quota")
    public Map<NominationKind, QuotaService.Meter> quota(@PathParam("id") long conferenceId) {
        conferences.get(conferenceId);
        return quotas.meters(conferenceId);
    }

    /** Imports an XLSX sheet laid out like the exported list (the file as the body): all rows or none. */
    @POST
    @Path("/import")
    @Consumes(NominationDocumentPages.XLSX)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response importSheet(@PathParam("id") long conferenceId, byte[] body) {
        conferences.get(conferenceId);
        List<Nomination> created = service.createAll(conferenceId, sheet.parse(body == null ? new byte[0] : body));
        return Response.status(Response.Status.CREATED).entity(created.stream().map(views::of).toList()).build();
    }

    @GET
    @Path("/awards")
    @APIResponse(responseCode = "200", description = "Một trang danh sách khen thưởng theo thứ tự trao",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NominationView.class)))
    public Response awards(@PathParam("id") long conferenceId, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Pager.response(service.awardsPage(conferenceId, paging.request()).map(views::of), uri);
    }

    @PUT
    @Path("/quota")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Map<NominationKind, QuotaService.Meter> setQuota(@PathParam("id") long conferenceId,
                                                           @Valid @NotNull QuotaRequest body) {
        conferences.get(conferenceId);
        return quotas.setCap(conferenceId, body.kind(), body.cap());
    }
}
