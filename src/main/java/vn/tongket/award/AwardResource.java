package vn.tongket.award;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tongket.web.PageParams;
import vn.tongket.web.Pager;

/** JSON API for the registry of awards: search, one award, and the import of earlier years' sheets. */
@Path("/api/awards")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Khen thưởng")
public class AwardResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AwardRegistry registry;

    @Inject
    AwardSheet sheet;

    @GET
    @APIResponse(responseCode = "200", description = "Một trang sổ khen thưởng (năm mới trước)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AwardView.class)))
    public Response search(@QueryParam("q") String text, @QueryParam("year") Integer year,
                           @BeanParam PageParams paging, @Context UriInfo uri) {
        return Pager.response(registry.search(text, year, paging.request()).map(AwardView::of), uri);
    }

    @GET
    @Path("/{awardId}")
    public AwardView get(@PathParam("awardId") long id) {
        return AwardView.of(registry.get(id));
    }

    /** Earlier years' awards from an XLSX sheet (the file as the body): all rows or, when any is wrong, none. */
    @POST
    @Path("/import")
    @Consumes(XLSX)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response importSheet(byte[] body) {
        var created = registry.importAll(sheet.parse(body == null ? new byte[0] : body));
        return Response.status(Response.Status.CREATED).entity(created.stream().map(AwardView::of).toList()).build();
    }
}
