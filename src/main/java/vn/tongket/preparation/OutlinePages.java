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
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.PageForm;
import vn.tongket.web.RefusedForm;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** The organiser's page for the report outline: what each office owes, what is late, receive, accept, return. */
@Path("/conferences/{conferenceId}/outline")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class OutlinePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outline(Conference conference, List<SectionView> sections, long late,
                                               DocumentHeads.Head head, FormState headForm, RefusedForm refused);
    }

    /** The buttons of a section (accept, return, delete): nothing typed, refused only by the section's state. */
    private static final PageForm<Void> BUTTON = in -> null;

    @Inject
    OutlineService service;

    @Inject
    ConferenceService conferences;

    @Inject
    UploadedFiles files;

    @Inject
    FormSupport forms;

    @Inject
    DocumentHeads heads;

    @GET
    public TemplateInstance outline(@PathParam("conferenceId") long conferenceId) {
        return page(conferenceId, RefusedForm.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response createFromPlan(@PathParam("conferenceId") long conferenceId, HttpHeaders headers) {
        return forms.submit(BUTTON, headers, none -> {
            service.createFromPlan(conferenceId);
            return back(conferenceId, null);
        }, state -> page(conferenceId, RefusedForm.of("button", state)));
    }

    @POST
    @Path("/sections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response add(@PathParam("conferenceId") long conferenceId, @BeanParam SectionForm form,
                        HttpHeaders headers) {
        return forms.submit(form, headers, request -> back(conferenceId, service.add(conferenceId, request).id),
                state -> page(conferenceId, RefusedForm.of("add", state)));
    }

    @POST
    @Path("/sections/{sectionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response update(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId,
                           @BeanParam SectionForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            service.update(conferenceId, sectionId, request);
            return back(conferenceId, sectionId);
        }, state -> page(conferenceId, RefusedForm.of("edit", sectionId, state)));
    }

    @POST
    @Path("/sections/{sectionId}/text")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response receiveText(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId,
                                @BeanParam SectionTextForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            service.receiveText(conferenceId, sectionId, request.text());
            return back(conferenceId, sectionId);
        }, state -> page(conferenceId, RefusedForm.of("text", sectionId, state)));
    }

    @POST
    @Path("/sections/{sectionId}/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response receiveFile(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId,
                                @BeanParam FileForm form, HttpHeaders headers) {
        return forms.submit(form, headers, file -> {
            service.receiveFile(conferenceId, sectionId, file == null ? null : file.fileName(), files.read(file));
            return back(conferenceId, sectionId);
        }, state -> page(conferenceId, RefusedForm.of("file", sectionId, state)));
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
        return button(conferenceId, sectionId, headers, () -> service.accept(conferenceId, sectionId));
    }

    @POST
    @Path("/sections/{sectionId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response giveBack(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId,
                             HttpHeaders headers) {
        return button(conferenceId, sectionId, headers, () -> service.giveBack(conferenceId, sectionId));
    }

    @POST
    @Path("/sections/{sectionId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response delete(@PathParam("conferenceId") long conferenceId, @PathParam("sectionId") long sectionId,
                           HttpHeaders headers) {
        return forms.submit(BUTTON, headers, none -> {
            service.delete(conferenceId, sectionId);
            return back(conferenceId, null);
        }, state -> page(conferenceId, RefusedForm.of("button", state)));
    }

    private Response button(long conferenceId, long sectionId, HttpHeaders headers, Runnable action) {
        return forms.submit(BUTTON, headers, none -> {
            action.run();
            return back(conferenceId, sectionId);
        }, state -> page(conferenceId, RefusedForm.of("button", state)));
    }

    /** The report's number, date of issue and signer (its issuer is the conference's unless typed here). */
    @POST
    @Path("/report-head")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response saveReportHead(@PathParam("conferenceId") long conferenceId, @BeanParam DocumentHeadForm form,
                                   HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            heads.save(conferenceId, DocumentHead.Kind.REPORT, request);
            return Response.seeOther(URI.create("/conferences/" + conferenceId + "/outline#report-head")).build();
        }, state -> page(conferenceId, RefusedForm.of("head", state)));
    }

    private static Response back(long conferenceId, Long sectionId) {
        String anchor = sectionId == null ? "" : "#section-" + sectionId;
        return Response.seeOther(URI.create("/conferences/" + conferenceId + "/outline" + anchor)).build();
    }

    private TemplateInstance page(long conferenceId, RefusedForm refused) {
        LocalDate today = OutlineService.today();
        List<SectionView> sections = service.outline(conferenceId).stream().map(s -> SectionView.of(s, today)).toList();
        long late = sections.stream().filter(SectionView::late).count();
        DocumentHeads.Head head = heads.head(conferenceId, DocumentHead.Kind.REPORT);
        FormState headForm = "head".equals(refused.name()) ? refused.state() : DocumentHeadForm.form(head);
        return Templates.outline(conferences.get(conferenceId), sections, late, head, headForm, refused);
    }
}
