package vn.tongket.delegate;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** JSON API for organisations (administrators maintain level, grassroots flag and order). */
@Path("/api/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Cơ quan, đơn vị")
public class OrganizationResource {

    /** Body of POST /api/organizations: creates the organisation or corrects an existing one of that name. */
    public record OrganizationRequest(@NotBlank @Size(max = 300) String name, @NotNull OrganizationLevel level,
                                      boolean grassroots, Integer precedence,
                                      @Size(max = 300) String parent, @Size(max = 300) String successor) {
    }

    @Inject
    OrganizationService service;

    @GET
    public List<OrganizationView> list() {
        return service.list().stream().map(OrganizationView::of).toList();
    }

    @POST
    @RolesAllowed("ADMIN")
    public OrganizationView save(@Valid @NotNull OrganizationRequest body) {
        return OrganizationView.of(service.save(body.name(), body.level(), body.grassroots(),
                body.precedence() == null ? 1000 : body.precedence(), body.parent(), body.successor()));
    }
}
