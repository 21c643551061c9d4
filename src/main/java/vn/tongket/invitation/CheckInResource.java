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
import vn.tongket.web.ProblemException;


/** JSON API: check-in at the door by token or QR code content. */
@Path("/api/conferences/{id}/checkins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Giấy mời")
public class CheckInResource {

    @Inject
    InvitationService service;

    /** Checks in by token or QR content: 200 with the delegate, 409 when already checked in, 404 for an unknown code. */
    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public CheckInView checkIn(@PathParam("id") long id, @Valid @NotNull CheckInRequest body) {
        CheckIn result = service.checkIn(id, body.code());
        if (result.alreadyCheckedIn()) {
            Invitation i = result.invitation();
            throw ProblemException.conflict(InvitationMessages.class,
                    m -> m.alreadyCheckedIn(i.delegate.fullName, InvitationService.localTime(i.checkedInAt)));
        }
        return CheckInView.of(result.invitation());
    }

}
