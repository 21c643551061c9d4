package vn.tongket.security;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** JSON API for accounts: administrators only. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Người dùng")
public class UserResource {

    @Inject
    UserService service;

    @GET
    public List<UserView> list() {
        return service.list().stream().map(UserView::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull UserRequest body, UriInfo uri) {
        UserAccount user = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(user.id)).build())
                .entity(UserView.of(user)).build();
    }

    @PUT
    @Path("/{id}")
    public UserView update(@PathParam("id") long id, @Valid @NotNull UserRequest body) {
        return UserView.of(service.update(id, body));
    }
}
