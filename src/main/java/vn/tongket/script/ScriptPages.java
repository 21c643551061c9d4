package vn.tongket.script;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.Localization;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The MC's view of the script: large type, the item under way marked from the server's clock when the page is served
 * and kept current by static/script-clock.js, so that the page works without JavaScript too.
 */
@Path("/conferences/{conferenceId}")
@RolesAllowed({"ORGANIZER", "ADMIN", "REVIEWER", "APPROVER"})
public class ScriptPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance script(Conference conference, List<ScriptEntry> entries, LocalDateTime now);
    }

    @Inject
    ScriptService scripts;

    @Inject
    ScriptDocument document;

    @Inject
    ConferenceService conferences;

    @GET
    @Path("/script")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("conferenceId") long conferenceId, @Context HttpHeaders headers) {
        return Templates.script(conferences.get(conferenceId), scripts.script(conferenceId, Localization.language(headers)),
                LocalDateTime.now(Conference.ZONE));
    }

    @GET
    @Path("/script.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("conferenceId") long conferenceId) {
        return document.response(conferenceId);
    }
}
