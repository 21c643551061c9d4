package vn.tongket.council;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API of a conference's council: meeting, members and attendance, paper counts, and the results. */
@Path("/api/conferences/{conferenceId}/council")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Hội đồng Thi đua - Khen thưởng")
public class CouncilResource {

    @Inject
    CouncilService service;

    @GET
    @RolesAllowed({"ORGANIZER", "ADMIN", "REVIEWER"})
    public CouncilView get(@PathParam("conferenceId") long conferenceId) {
        return CouncilView.of(service.summary(conferenceId));
    }

    @PUT
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public CouncilView saveMeeting(@PathParam("conferenceId") long conferenceId, @Valid @NotNull MeetingRequest body) {
        service.saveMeeting(conferenceId, body);
        return get(conferenceId);
    }

    @POST
    @Path("/members")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response addMember(@PathParam("conferenceId") long conferenceId, @Valid @NotNull MemberRequest body) {
        return Response.status(201).entity(CouncilView.member(service.addMember(conferenceId, body))).build();
    }

    @PUT
    @Path("/members/{memberId}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public CouncilView.Member updateMember(@PathParam("conferenceId") long conferenceId,
                                           @PathParam("memberId") long memberId, @Valid @NotNull MemberRequest body) {
        return CouncilView.member(service.updateMember(conferenceId, memberId, body));
    }

    @DELETE
    @Path("/members/{memberId}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response deleteMember(@PathParam("conferenceId") long conferenceId, @PathParam("memberId") long memberId) {
        service.deleteMember(conferenceId, memberId);
        return Response.noContent().build();
    }

    /** The secretary enters the paper count for one nominee. */
    @PUT
    @Path("/tallies/{nominationId}")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public CouncilView.Result tally(@PathParam("conferenceId") long conferenceId,
                                    @PathParam("nominationId") long nominationId, @Valid @NotNull TallyRequest body) {
        return CouncilView.result(service.tally(conferenceId, nominationId, body));
    }
}
