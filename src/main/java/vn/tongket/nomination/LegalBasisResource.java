package vn.tongket.nomination;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** JSON API for the legal texts a decision cites (ADMIN edits); {@code ?on=} lists those in force that day. */
@Path("/api/legal-bases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Khen thưởng")
public class LegalBasisResource {

    @Inject
    LegalBases legalBases;

    @GET
    public List<LegalBasisView> list(@QueryParam("on") LocalDate on) {
        return (on == null ? legalBases.list() : LegalBasis.inForce(on)).stream().map(LegalBasisView::of).toList();
    }

    @GET
    @Path("/{id}")
    public LegalBasisView get(@PathParam("id") long id) {
        return LegalBasisView.of(legalBases.get(id));
    }

    @POST
    @RolesAllowed("ADMIN")
    public Response add(@Valid @NotNull LegalBasisRequest body) {
        return Response.status(Response.Status.CREATED).entity(LegalBasisView.of(legalBases.add(body))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    public LegalBasisView update(@PathParam("id") long id, @Valid @NotNull LegalBasisRequest body) {
        return LegalBasisView.of(legalBases.update(id, body));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    public Response delete(@PathParam("id") long id) {
        legalBases.delete(id);
        return Response.noContent().build();
    }
}
