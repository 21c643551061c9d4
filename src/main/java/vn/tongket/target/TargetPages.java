package vn.tongket.target;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.ContentDisposition;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;
import vn.tongket.web.RefusedForm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The organiser's page of the year's targets and the units' results (one table, the one the nomination page and the
 * report outline show), the units that met every target, and the table as XLSX.
 */
@Path("/conferences/{conferenceId}/targets")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TargetPages {

    static final String EDIT = "edit";
    static final String ADD = "add";
    static final String RESULT = "result";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance targets(Conference conference, TargetTable table, List<Row> rows,
                                               FormState add, FormState result, String error, String notice);

        static native TemplateInstance met(Conference conference, TargetTable table);
    }

    public record Row(Target target, FormState form) {
    }

    @Inject
    TargetService service;

    @Inject
    TargetSheet sheet;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance page(@PathParam("conferenceId") long conferenceId, @QueryParam("saved") String saved,
                                 @QueryParam("imported") Integer imported, HttpHeaders headers) {
        TargetMessages m = Localization.bundle(TargetMessages.class, headers);
        String notice = imported != null ? m.imported(imported) : saved != null ? m.saved() : null;
        return page(conferenceId, RefusedForm.NONE, null, notice);
    }

    /** The units that met every target: one click from the targets page and the conference page. */
    @GET
    @Path("/met")
    public TemplateInstance met(@PathParam("conferenceId") long conferenceId) {
        return Templates.met(conferences.get(conferenceId), service.table(conferenceId));
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    @Path("/seed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response seed(@PathParam("conferenceId") long conferenceId) {
        service.seed(conferenceId);
        return saved(conferenceId, "targets");
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("conferenceId") long conferenceId, @BeanParam TargetForm form, HttpHeaders headers) {
        return forms.submit(form, headers, r -> {
            service.add(conferenceId, r);
            return saved(conferenceId, "targets");
        }, state -> page(conferenceId, RefusedForm.of(ADD, state), null, null));
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    @Path("/{targetId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("conferenceId") long conferenceId, @PathParam("targetId") long targetId,
                           @BeanParam TargetForm form, HttpHeaders headers) {
        return forms.submit(form, headers, r -> {
            service.update(conferenceId, targetId, r);
            return saved(conferenceId, "target-" + targetId);
        }, state -> page(conferenceId, RefusedForm.of(EDIT, targetId, state), null, null));
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    @Path("/results")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response result(@PathParam("conferenceId") long conferenceId, @BeanParam ResultForm form,
                           HttpHeaders headers) {
        return forms.submit(form, headers, r -> {
            service.setResult(conferenceId, r);
            return saved(conferenceId, "results");
        }, state -> page(conferenceId, RefusedForm.of(RESULT, state), null, null));
    }

    @GET
    @Path("/table.xlsx")
    @Produces(TargetResource.XLSX)
    public Response export(@PathParam("conferenceId") long conferenceId) {
        byte[] xlsx = sheet.export(conferences.get(conferenceId).title, service.table(conferenceId));
        return Response.ok(xlsx, TargetResource.XLSX).header("Content-Disposition",
                ContentDisposition.attachment("chi-tieu-" + conferenceId + ".xlsx")).build();
    }

    @POST
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importTable(@PathParam("conferenceId") long conferenceId, @RestForm("file") FileUpload file,
                                HttpHeaders headers) {
        try {
            byte[] content = file == null ? new byte[0] : Files.readAllBytes(file.uploadedFile());
            int count = service.importTable(conferenceId, sheet.parse(content));
            return Response.seeOther(UriBuilder.fromPath("/conferences/{c}/targets").queryParam("imported", count)
                    .fragment("results").build(conferenceId)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            return Response.status(e.status())
                    .entity(page(conferenceId, RefusedForm.NONE, e.detail(Localization.language(headers)), null)).build();
        }
    }

    private static Response saved(long conferenceId, String fragment) {
        return Response.seeOther(UriBuilder.fromPath("/conferences/{c}/targets").queryParam("saved", "1")
                .fragment(fragment).build(conferenceId)).build();
    }

    private TemplateInstance page(long conferenceId, RefusedForm refused, String error, String notice) {
        Conference conference = conferences.get(conferenceId);
        TargetTable table = service.table(conferenceId);
        List<Row> rows = table.targets().stream()
                .map(t -> new Row(t, refused.form(EDIT, t.id, TargetForm.of(t)))).toList();
        return Templates.targets(conference, table, rows, refused.form(ADD), refused.form(RESULT), error, notice);
    }
}
