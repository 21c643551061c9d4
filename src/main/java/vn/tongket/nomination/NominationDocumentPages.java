package vn.tongket.nomination;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tongket.conference.Conference;
import vn.tongket.document.PdfRenderer;
import vn.tongket.signature.IssuedDocument;
import vn.tongket.signature.IssuedDocuments;
import vn.tongket.signature.Seal;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.tongket.document.ServedFiles;

/** The documents of the commendation flow: the consolidated list (PDF, XLSX), the (draft) decision (PDF), the import. */
@Path("/conferences/{conferenceId}/nominations/documents")
@Authenticated
public class NominationDocumentPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(NominationDocuments.ListDocument doc);

        static native TemplateInstance decision(NominationDocuments.DecisionDocument doc, Seal seal);
    }

    @Inject
    NominationDocuments documents;

    @Inject
    NominationSheet sheet;

    @Inject
    NominationService service;

    @Inject
    PdfRenderer pdf;

    @Inject
    NominationBoardPages board;

    @Inject
    IssuedDocuments issued;

    @GET
    @Path("/list.pdf")
    @Produces("application/pdf")
    public Response listPdf(@PathParam("conferenceId") long conferenceId) {
        return pdf(Templates.list(documents.consolidatedDocument(conferenceId)).render(),
                "danh-sach-de-nghi-khen-thuong-" + conferenceId);
    }

    @GET
    @Path("/list.xlsx")
    @Produces(XLSX)
    public Response listXlsx(@PathParam("conferenceId") long conferenceId) {
        NominationDocuments.Listing listing = documents.consolidated(conferenceId);
        byte[] xlsx = sheet.export(listing.conference(), listing.collectives(), listing.individuals());
        return Response.ok(xlsx, XLSX).header("Content-Disposition",
                "attachment; filename=\"danh-sach-de-nghi-khen-thuong-" + conferenceId + ".xlsx\"").build();
    }

    @GET
    @Path("/draft-decision.pdf")
    @Produces("application/pdf")
    public Response draftDecision(@PathParam("conferenceId") long conferenceId, @QueryParam("on") String on) {
        LocalDate date = date(on);
        NominationDocuments.DecisionDocument doc = documents.draft(conferenceId,
                date == null ? LocalDate.now(Conference.ZONE) : date);
        return pdf(Templates.decision(doc, null).render(), "du-thao-quyet-dinh-khen-thuong-" + conferenceId);
    }

    @GET
    @Path("/decisions/{decisionId}.pdf")
    @Produces("application/pdf")
    public Response decision(@PathParam("conferenceId") long conferenceId, @PathParam("decisionId") long decisionId) {
        return pdf(decisionPdf(conferenceId, decisionId), "quyet-dinh-khen-thuong-" + decisionId);
    }

    /**
     * A recorded decision has its number and date: it is issued, signed once and then served as stored, here and in
     * the dossier alike (an unsigned copy when signing is off).
     */
    public byte[] decisionPdf(long conferenceId, long decisionId) {
        NominationDocuments.DecisionDocument doc = documents.decision(conferenceId, decisionId);
        if (!issued.signing()) {
            return pdf.render(Templates.decision(doc, null).render());
        }
        Conference c = doc.listing().conference();
        return issued.pdf(new IssuedDocuments.Request(IssuedDocument.Kind.DECISION, decisionId, "decision",
                doc.number(), doc.signedOn(), c.issuer, "Quyết định tặng Bằng khen", c.place,
                seal -> Templates.decision(doc, seal).render()));
    }

    /** Imports a sheet laid out like the exported list: all rows or, when any row is wrong, none. */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response importSheet(@PathParam("conferenceId") long conferenceId, @RestForm("file") FileUpload file,
                                HttpHeaders headers) {
        String language = Localization.language(headers);
        try {
            byte[] content = file == null ? new byte[0] : Files.readAllBytes(file.uploadedFile());
            int count = service.createAll(conferenceId, sheet.parse(content)).size();
            String notice = Localization.bundle(NominationMessages.class, language).imported(count);
            return Response.seeOther(URI.create("/conferences/" + conferenceId + "/nominations?notice="
                    + URLEncoder.encode(notice, StandardCharsets.UTF_8))).build();
        } catch (ImportRejectedException e) {
            return Response.status(400).entity(board.page(conferenceId, e.summary(language))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            return Response.status(e.status()).entity(board.page(conferenceId, e.detail(language))).build();
        }
    }

    private static Response pdf(byte[] content, String name) {
        return Response.ok(ServedFiles.body(content), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"").build();
    }

    private Response pdf(String html, String name) {
        return pdf(pdf.render(html), name);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
