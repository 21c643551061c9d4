package vn.tongket.invitation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API: the delegates who signed the paper sign-in sheet, entered afterwards as PAPER check-ins. */
@Path("/api/conferences/{id}/check-ins/paper")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Giấy mời")
public class PaperCheckInResource {

    @Inject
    PaperSignIn paper;

    /**
     * Checks in these delegates from paper; one already checked in (at the desk or from paper) keeps its first
     * check-in. 400 naming delegateIds when one is not invited to this conference. Removing is done on the page.
     */
    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public PaperSignIn.Outcome add(@PathParam("id") long id, @Valid @NotNull PaperSignInRequest body) {
        return paper.add(id, body.delegateIds());
    }
}
