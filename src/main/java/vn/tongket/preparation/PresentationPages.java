package vn.tongket.preparation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.FormSupport;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/** The organiser's presentations page: select units, see drafts, accept onto the agenda or return with comments. */
@Path("/conferences/{conferenceId}/presentations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PresentationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance presentations(Conference conference, List<PresentationView> presentations,
                                                     String error);
    }

    @Inject
    PresentationService service;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance presentations(@PathParam("conferenceId") long conferenceId) {
        return page(conferenceId, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response request(@PathParam("conferenceId") long conferenceId, @RestForm String organization,
                            @RestForm String email, @RestForm String title, @RestForm String dueOn,
                            HttpHeaders headers) {
        return act(conferenceId, headers, () -> service.request(conferenceId, forms.validate(
                new PresentationRequest(organization, email, title, OutlinePages.date(dueOn)))));
    }

    @GET
    @Path("/{id}/draft")
    @Produces(MediaType.WILDCARD)
    public Response draft(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        return UploadedFiles.serve(service.file(conferenceId, id), true);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response accept(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                           @RestForm String startsAt, @RestForm String endsAt, @RestForm String presenter,
                           HttpHeaders headers) {
        return act(conferenceId, headers, () -> service.accept(conferenceId, id, forms.validate(new AcceptRequest(
                FormSupport.dateTime(startsAt), FormSupport.dateTime(endsAt), presenter))));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response giveBack(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                             @RestForm String comments, HttpHeaders headers) {
        return act(conferenceId, headers, () -> service.giveBack(conferenceId, id,
                forms.validate(new ReturnRequest(comments)).comments()));
    }

    private Response act(long conferenceId, HttpHeaders headers, Supplier<?> action) {
        try {
            action.get();
            return Response.seeOther(URI.create("/conferences/" + conferenceId + "/presentations")).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e)).entity(page(conferenceId, forms.message(e, headers))).build();
        }
    }

    private TemplateInstance page(long conferenceId, String error) {
        List<PresentationView> views = service.list(conferenceId).stream().map(service::view).toList();
        return Templates.presentations(conferences.get(conferenceId), views, error);
    }
}
