package vn.tongket.preparation;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tongket.conference.ConferenceService;

/**
 * The organiser's document set page and the combined PDF, under the conference. A class of its own: under a class
 * path of "/" these were shadowed by the conference pages' "/conferences" and answered 404.
 */
@Path("/conferences/{conferenceId}/documents")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ConferenceDocumentPages {

    @Inject
    DocumentSet documents;

    @Inject
    ConferenceService conferences;

    @GET
    public TemplateInstance organiser(@PathParam("conferenceId") long conferenceId) {
        return DocumentPages.Templates.documents(conferences.get(conferenceId), documents.documents(conferenceId),
                "/conferences/" + conferenceId + "/documents", true);
    }

    @GET
    @Path("/combined.pdf")
    @Produces("application/pdf")
    public Response combined(@PathParam("conferenceId") long conferenceId) {
        return UploadedFiles.serve(documents.combined(conferenceId), UploadedFiles.PDF,
                "tai-lieu-hoi-nghi-" + conferenceId + ".pdf", true);
    }

    @GET
    @Path("/{key}")
    @Produces(MediaType.WILDCARD)
    public Response organiserDocument(@PathParam("conferenceId") long conferenceId, @PathParam("key") String key) {
        return DocumentPages.serve(documents, documents.document(conferenceId, key));
    }
}
