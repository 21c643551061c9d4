package vn.tongket.invitation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tongket.conference.ConferenceService;


/** JSON API: live counts of a conference's invitations. */
@Path("/api/conferences/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Giấy mời")
public class AttendanceResource {

    @Inject
    ConferenceService conferences;

    @GET
    public AttendanceCounts attendance(@PathParam("id") long id) {
        conferences.get(id);
        return AttendanceCounts.forConference(id);
    }

}
