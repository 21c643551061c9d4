package vn.tongket.preparation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import vn.tongket.web.ProblemException;

import java.net.URI;

/** The presenting unit's page, reached from its request mail without an account: upload the draft. */
@Path("/presentation/{token}")
@Produces(MediaType.TEXT_HTML)
public class UploadPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(Presentation p, Conference conference, String token, boolean done,
                                              String error);
    }

    @Inject
    PresentationService service;

    @Inject
    ConferenceService conferences;

    @Inject
    UploadedFiles files;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance upload(@PathParam("token") String token, @jakarta.ws.rs.QueryParam("done") boolean done) {
        Presentation p = service.byToken(token);
        return Templates.upload(p, conferences.get(p.conferenceId), token, done, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@PathParam("token") String token, @RestForm("file") FileUpload file, HttpHeaders headers) {
        Presentation p = service.byToken(token);
        try {
            service.submit(token, file == null ? null : file.fileName(), files.read(file));
            return Response.seeOther(URI.create("/presentation/" + token + "?done=true")).build();
        } catch (ProblemException e) {
            Presentation fresh = service.byToken(token);
            return Response.status(e.status()).entity(Templates.upload(fresh, conferences.get(p.conferenceId), token,
                    false, forms.message(e, headers))).build();
        }
    }
}
