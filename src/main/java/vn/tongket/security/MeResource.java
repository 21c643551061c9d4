package vn.tongket.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;
import java.util.TreeSet;

/** Who is signed in, with which roles. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Người dùng")
public class MeResource {

    public record Me(String username, String fullName, Set<String> roles) {
    }

    @Inject
    SecurityIdentity identity;

    @GET
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.getAttribute("fullName"), new TreeSet<>(identity.getRoles()));
    }
}
