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
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.FormSupport;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/** The organiser's page for the report outline: what each office owes, what is late, receive, accept, return. */
@Path("/conferences/{conferenceId}/outline")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class OutlinePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outline(Conference conference, List<SectionView> sections, long late, String error);
    }

    @Inject
    OutlineService service;

    @Inject
    ConferenceService conferences;

    @Inject
    UploadedFiles files;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance outline(@PathParam("conferenceId") long conferenceId) {
        return page(conferenceId, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response createFromPlan(@PathParam("conferenceId") long conferenceId, HttpHeaders headers) {
        return act(conferenceId, headers, () -> service.createFromPlan(conferenceId));
    }

    @POST
    @Path("/sections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response add(@PathParam("conferenceId") long conferenceId, @RestForm String number, @RestForm String title,
                        @RestForm String ownerOrganization, @RestForm String dueOn, HttpHeaders headers) {
        return act(conferenceId, headers, () -> service.add(conferenceId,
                forms.validate(new SectionRequest(number, title, ownerOrganization, date(dueOn)))));
    }

    @POST
    @Path("/sections/{sectionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response update(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId,
                           @RestForm String number, @RestForm String title, @RestForm String ownerOrganization,
                           @RestForm String dueOn, HttpHeaders headers) {
        return act(conferenceId, headers, () -> service.update(conferenceId, sectionId,
                forms.validate(new SectionRequest(number, title, ownerOrganization, date(dueOn)))));
    }

    @POST
    @Path("/sections/{sectionId}/text")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response receiveText(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId,
                                @RestForm String text, HttpHeaders headers) {
        return act(conferenceId, headers, () -> service.receiveText(conferenceId, sectionId,
                forms.validate(new SectionTextRequest(text)).text()));
    }

    @POST
    @Path("/sections/{sectionId}/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response receiveFile(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId,
                                @RestForm("file") FileUpload file, HttpHeaders headers) {
        return act(conferenceId, headers, () -> service.receiveFile(conferenceId, sectionId,
                file == null ? null : file.fileName(), files.read(file)));
    }

    @GET
    @Path("/sections/{sectionId}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId) {
        return UploadedFiles.serve(service.file(conferenceId, sectionId), true);
    }

    @POST
    @Path("/sections/{sectionId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response accept(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId,
                           HttpHeaders headers) {
        return act(conferenceId, headers, () -> service.accept(conferenceId, sectionId));
    }

    @POST
    @Path("/sections/{sectionId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response giveBack(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId,
                             HttpHeaders headers) {
        return act(conferenceId, headers, () -> service.giveBack(conferenceId, sectionId));
    }

    @POST
    @Path("/sections/{sectionId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response delete(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId,
                           HttpHeaders headers) {
        return act(conferenceId, headers, () -> {
            service.delete(conferenceId, sectionId);
            return null;
        });
    }

    private Response act(long conferenceId, HttpHeaders headers, Supplier<?> action) {
        try {
            action.get();
            return Response.seeOther(URI.create("/conferences/" + conferenceId + "/outline")).build();
        } catch (RuntimeException e) {
            String message = forms.message(e, headers);
            return Response.status(FormSupport.status(e)).entity(page(conferenceId, message)).build();
        }
    }

    private TemplateInstance page(long conferenceId, String error) {
        LocalDate today = OutlineService.today();
        List<SectionView> sections = service.outline(conferenceId).stream().map(s -> SectionView.of(s, today)).toList();
        long late = sections.stream().filter(SectionView::late).count();
        return Templates.outline(conferences.get(conferenceId), sections, late, error);
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
