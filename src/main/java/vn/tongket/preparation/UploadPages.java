package vn.tongket.preparation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;

import java.net.URI;

/** The presenting unit's page, reached from its request mail without an account: upload the draft. */
@Path("/presentation/{token}")
@Produces(MediaType.TEXT_HTML)
public class UploadPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(Presentation p, Conference conference, String token, boolean done,
                                              FormState form);
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
    public TemplateInstance upload(@PathParam("token") String token, @QueryParam("done") boolean done) {
        Presentation p = service.byToken(token);
        return Templates.upload(p, conferences.get(p.conferenceId), token, done, FormState.EMPTY);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@PathParam("token") String token, @BeanParam FileForm form, HttpHeaders headers) {
        Presentation p = service.byToken(token);
        return forms.submit(form, headers, file -> {
            service.submit(token, file == null ? null : file.fileName(), files.read(file));
            return Response.seeOther(URI.create("/presentation/" + token + "?done=true")).build();
        }, state -> Templates.upload(service.byToken(token), conferences.get(p.conferenceId), token, false, state));
    }
}
