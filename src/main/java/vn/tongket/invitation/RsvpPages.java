package vn.tongket.invitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import vn.tongket.web.ContentDisposition;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;

import java.net.URI;

/**
 * The delegate's public answer page (no account: the unguessable token is the key). The form carries the CSRF
 * token like every form; an unknown token is a plain 404 that says nothing about which tokens exist.
 */
@Path("/rsvp/{token}")
@Produces(MediaType.TEXT_HTML)
public class RsvpPages {

    @CheckedTemplate
    static class Templates {
        /** {@code chosen} and the substitute's fields: what the form shows selected and typed (after a refusal, what was sent). */
        static native TemplateInstance rsvp(AnswerPage view, Answer[] answers, Answer chosen, String substituteName,
                                            String substitutePosition, String error, String errorField, String notice);

        static native TemplateInstance letter(Letter letter);
    }

    @Inject
    InvitationService service;

    @GET
    public TemplateInstance page(@PathParam("token") String token, @QueryParam("saved") String saved, HttpHeaders headers) {
        // Right after an answer (?saved) the page is read from the database, so the delegate sees what was recorded.
        AnswerPage view = service.answerPage(token, saved != null);
        InvitationMessages m = Localization.bundle(InvitationMessages.class, headers);
        String notice = saved != null && view.answer() != null ? m.rsvpSaved(m.answer(view.answer())) : null;
        return Templates.rsvp(view, Answer.values(), view.answer(), view.substituteName(), view.substitutePosition(),
                null, null, notice);
    }

    /** The conference as a calendar event, for the "add to calendar" link. */
    @GET
    @Path("/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("token") String token) {
        return Response.ok(service.calendar(token), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("hoi-nghi.ics")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("token") String token, @RestForm String answer, @RestForm String substituteName,
                           @RestForm String substitutePosition, HttpHeaders headers) {
        try {
            service.answer(token, FormSupport.enumValue(Answer.class, answer), substituteName, substitutePosition);
            return Response.seeOther(URI.create("/rsvp/" + token + "?saved=true")).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            // The form comes back as it was sent: the chosen answer and the typed names, the message at its field.
            return Response.status(e.status()).entity(Templates.rsvp(service.answerPage(token, true), Answer.values(),
                    FormSupport.enumValue(Answer.class, answer), substituteName, substitutePosition,
                    e.detail(Localization.language(headers)), e.field(), null)).build();
        }
    }
}
