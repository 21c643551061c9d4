package vn.tongket.preparation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;

import java.util.List;

/**
 * The document set as pages: the organiser's (with the combined PDF) under the conference, and the delegate's,
 * reached with the invitation link's token and no account, made for a phone.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DocumentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance documents(Conference conference, List<DocumentSet.Document> documents,
                                                 String base, boolean organiser);
    }

    @Inject
    DocumentSet documents;

    @Inject
    ConferenceService conferences;

    @GET
    @Path("/conferences/{conferenceId}/documents")
    @Authenticated
    public TemplateInstance organiser(@PathParam("conferenceId") long conferenceId) {
        return Templates.documents(conferences.get(conferenceId), documents.documents(conferenceId),
                "/conferences/" + conferenceId + "/documents", true);
    }

    @GET
    @Path("/conferences/{conferenceId}/documents/combined.pdf")
    @Produces("application/pdf")
    @Authenticated
    public Response combined(@PathParam("conferenceId") long conferenceId) {
        return UploadedFiles.serve(documents.combined(conferenceId), UploadedFiles.PDF,
                "tai-lieu-hoi-nghi-" + conferenceId + ".pdf", true);
    }

    @GET
    @Path("/conferences/{conferenceId}/documents/{key}")
    @Produces(MediaType.WILDCARD)
    @Authenticated
    public Response organiserDocument(@PathParam("conferenceId") long conferenceId, @PathParam("key") String key) {
        return serve(documents.document(conferenceId, key));
    }

    @GET
    @Path("/documents/{token}")
    public TemplateInstance delegate(@PathParam("token") String token) {
        long conferenceId = documents.conferenceOfInvitation(token);
        return Templates.documents(conferences.get(conferenceId), documents.documents(conferenceId),
                "/documents/" + token, false);
    }

    @GET
    @Path("/documents/{token}/{key}")
    @Produces(MediaType.WILDCARD)
    public Response delegateDocument(@PathParam("token") String token, @PathParam("key") String key) {
        return serve(documents.document(documents.conferenceOfInvitation(token), key));
    }

    private static Response serve(DocumentSet.Document d) {
        return UploadedFiles.serve(d.content(), d.contentType(), d.fileName(), true);
    }
}
