package vn.tongket.delegate;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.nomination.ImportRejectedException;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** The delegate import page: the template to download, the upload, and on refusal every wrong cell in a table. */
@Path("/conferences/{conferenceId}/delegates/import")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class DelegateImportPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One wrong cell as the table shows it. */
    public record WrongCell(int row, String column, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importSheet(Conference conference, List<WrongCell> cells, String error);
    }

    @Inject
    ConferenceService conferences;

    @Inject
    DelegateService service;

    @Inject
    DelegateSheet sheet;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("conferenceId") long conferenceId) {
        return Templates.importSheet(conferences.get(conferenceId), List.of(), null);
    }

    @GET
    @Path("/mau-danh-sach-dai-bieu.xlsx")
    @Produces(XLSX)
    public Response template(@PathParam("conferenceId") long conferenceId) {
        conferences.get(conferenceId);
        return Response.ok(sheet.template(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"mau-danh-sach-dai-bieu.xlsx\"").build();
    }

    /** All rows or none; after the import the conference page, with the list as it now is. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("conferenceId") long conferenceId, @RestForm("file") FileUpload file,
                           HttpHeaders headers) {
        Conference conference = conferences.get(conferenceId);
        String language = Localization.language(headers);
        DelegateMessages m = Localization.bundle(DelegateMessages.class, language);
        if (file == null || file.size() == 0) {
            return refused(400, conference, List.of(), m.importNoFile());
        }
        try {
            int count = service.importAll(conferenceId, sheet.parse(Files.readAllBytes(file.uploadedFile()))).size();
            return Response.seeOther(URI.create("/conferences/" + conferenceId + "?notice="
                    + URLEncoder.encode(m.imported(count), StandardCharsets.UTF_8) + "#delegates")).build();
        } catch (ImportRejectedException e) {
            List<WrongCell> cells = e.errors().stream().map(c -> new WrongCell(c.row(), c.column(),
                    Localization.ENGLISH.equals(language) ? c.english() : c.vietnamese())).toList();
            return refused(400, conference, cells, m.importRejected(cells.size()));
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            return refused(e.status(), conference, List.of(), e.detail(language));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response refused(int status, Conference conference, List<WrongCell> cells, String error) {
        return Response.status(status).entity(Templates.importSheet(conference, cells, error)).build();
    }
}
