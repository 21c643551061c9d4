package vn.tongket.invitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;

import java.util.List;

/**
 * The check-in desk on the conference morning: scan or type the letter's code, or find a delegate by name or unit;
 * the page shows a large verdict and live counts. Without script every action is a plain form; with it (static/checkin.js)
 * the same forms post to /result and the page never reloads, beeps and reads the camera.
 */
@Path("/conferences/{conferenceId}/checkin")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class CheckInPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(Conference conference, DeskStatus status, String query,
                                            List<Invitation> found, DeskResult result);
    }

    @Inject
    InvitationService service;

    @Inject
    CheckInDesk desk;

    @Inject
    ConferenceService conferences;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("conferenceId") long conferenceId, @QueryParam("q") String query,
                                 HttpHeaders headers) {
        return page(conferenceId, query, null, headers);
    }

    /** A scan or a click without script: the whole page again with the verdict on top. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response checkIn(@PathParam("conferenceId") long conferenceId, @RestForm String code,
                            @RestForm Long invitation, HttpHeaders headers) {
        Outcome outcome = admit(conferenceId, code, invitation, headers);
        return Response.status(outcome.status()).entity(page(conferenceId, null, outcome.result(), headers)).build();
    }

    /** The same check-in for the page's script: the verdict only, as JSON. */
    @POST
    @Path("/result")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response result(@PathParam("conferenceId") long conferenceId, @RestForm String code,
                           @RestForm Long invitation, HttpHeaders headers) {
        Outcome outcome = admit(conferenceId, code, invitation, headers);
        return Response.status(outcome.status()).entity(outcome.result()).type(MediaType.APPLICATION_JSON).build();
    }

    /** The live figures the page polls every few seconds. */
    @GET
    @Path("/status")
    @Produces(MediaType.APPLICATION_JSON)
    public DeskStatus status(@PathParam("conferenceId") long conferenceId, HttpHeaders headers) {
        conferences.get(conferenceId);
        return figures(conferenceId, headers);
    }

    private TemplateInstance page(long conferenceId, String query, DeskResult result, HttpHeaders headers) {
        Conference conference = conferences.get(conferenceId);
        return Templates.desk(conference, figures(conferenceId, headers), query, desk.search(conferenceId, query), result);
    }

    private record Outcome(int status, DeskResult result) {
    }

    private Outcome admit(long conferenceId, String code, Long invitation, HttpHeaders headers) {
        conferences.get(conferenceId); // an unknown conference is not an unknown letter: the usual 404 answer
        InvitationMessages m = Localization.bundle(InvitationMessages.class, headers);
        try {
            CheckIn checkIn = invitation != null ? service.checkInById(conferenceId, invitation) : service.checkIn(conferenceId, code);
            return new Outcome(200, DeskResult.of(checkIn, m));
        } catch (ProblemException e) {
            return new Outcome(e.status(), DeskResult.unknown(e.detail(Localization.language(headers)), m));
        }
    }

    private DeskStatus figures(long conferenceId, HttpHeaders headers) {
        return desk.status(conferenceId, Localization.messages(headers), Localization.bundle(InvitationMessages.class, headers));
    }
}
