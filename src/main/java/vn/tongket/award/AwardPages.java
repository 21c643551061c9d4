package vn.tongket.award;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tongket.nomination.ImportRejectedException;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;
import vn.tongket.web.PageParams;
import vn.tongket.web.PageRequest;
import vn.tongket.web.Pager;
import vn.tongket.web.ProblemException;
import vn.tongket.web.ResultPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The registry of awards: search by name, unit and year, and the import of earlier years' sheets. */
@Path("/awards")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AwardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance awards(ResultPage<AwardRecord> awards, Pager pager, String q, String year,
                                              String notice, String error);
    }

    @Inject
    AwardRegistry registry;

    @GET
    public TemplateInstance awards(@QueryParam("q") String q, @QueryParam("year") String year,
                                   @QueryParam("imported") Integer imported, @BeanParam PageParams paging,
                                   @Context UriInfo uri, HttpHeaders headers) {
        String notice = imported == null ? null : Localization.bundle(AwardMessages.class, headers).imported(imported);
        return page(q, year, paging.request(), uri.getRequestUriBuilder(), notice, null);
    }

    /** All rows or, when any row is wrong, none: the page again with every wrong cell named. */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response importSheet(@RestForm("file") FileUpload file, HttpHeaders headers) {
        String language = Localization.language(headers);
        try {
            byte[] content = file == null ? new byte[0] : Files.readAllBytes(file.uploadedFile());
            int count = registry.importAll(new AwardSheet().parse(content)).size();
            return Response.seeOther(UriBuilder.fromPath("/awards").queryParam("imported", count).build()).build();
        } catch (ImportRejectedException e) {
            return Response.status(400).entity(refused(e.summary(language))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            return Response.status(e.status()).entity(refused(e.detail(language))).build();
        }
    }

    private TemplateInstance refused(String error) {
        return page(null, null, PageRequest.FIRST, UriBuilder.fromPath("/awards"), null, error);
    }

    private TemplateInstance page(String q, String year, PageRequest request, UriBuilder base, String notice,
                                  String error) {
        ResultPage<AwardRecord> awards = registry.search(q, FormSupport.integer(year), request);
        return Templates.awards(awards, Pager.of(awards, base), q, year, notice, error);
    }
}
