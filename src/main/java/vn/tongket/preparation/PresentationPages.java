package vn.tongket.preparation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tongket.conference.AgendaItem;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.FormSupport;
import vn.tongket.web.RefusedForm;

import java.net.URI;
import java.util.List;

/** The organiser's presentations page: select units, see drafts, accept onto the agenda or return with comments. */
@Path("/conferences/{conferenceId}/presentations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PresentationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance presentations(Conference conference, List<PresentationView> presentations,
                                                     List<AgendaItem> generalItems, RefusedForm refused);
    }

    @Inject
    PresentationService service;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance presentations(@PathParam("conferenceId") long conferenceId) {
        return page(conferenceId, RefusedForm.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response request(@PathParam("conferenceId") long conferenceId, @BeanParam PresentationForm form,
                            HttpHeaders headers) {
        return forms.submit(form, headers, request -> back(conferenceId, service.request(conferenceId, request).id),
                state -> page(conferenceId, RefusedForm.of("request", state)));
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
                           @BeanParam AcceptForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            service.accept(conferenceId, id, request);
            return back(conferenceId, id);
        }, state -> page(conferenceId, RefusedForm.of("accept", id, state)));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response giveBack(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                             @BeanParam ReturnForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            service.giveBack(conferenceId, id, request.comments());
            return back(conferenceId, id);
        }, state -> page(conferenceId, RefusedForm.of("return", id, state)));
    }

    private static Response back(long conferenceId, long presentationId) {
        return Response.seeOther(URI.create("/conferences/" + conferenceId + "/presentations#presentation-"
                + presentationId)).build();
    }

    private TemplateInstance page(long conferenceId, RefusedForm refused) {
        List<PresentationView> views = service.list(conferenceId).stream().map(service::view).toList();
        return Templates.presentations(conferences.get(conferenceId), views, service.generalItems(conferenceId), refused);
    }
}
