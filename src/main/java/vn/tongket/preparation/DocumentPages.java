package vn.tongket.preparation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
 * The delegate's document set page, reached with the invitation link's token and no account, made for a phone (the
 * organiser's is {@link ConferenceDocumentPages}).
 */
@Path("/documents/{token}")
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
    public TemplateInstance delegate(@PathParam("token") String token) {
        long conferenceId = documents.conferenceOfInvitation(token);
        return Templates.documents(conferences.get(conferenceId), documents.documents(conferenceId),
                "/documents/" + token, false);
    }

    @GET
    @Path("/{key}")
    @Produces(MediaType.WILDCARD)
    public Response delegateDocument(@PathParam("token") String token, @PathParam("key") String key) {
        return serve(documents, documents.document(documents.conferenceOfInvitation(token), key));
    }

    static Response serve(DocumentSet documents, DocumentSet.Document d) {
        return UploadedFiles.serve(documents.content(d), d.contentType(), d.fileName(), true);
    }
}
