package vn.tongket.preparation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** JSON API for the conference's document set: its list, one document, and the combined PDF. */
@Path("/api/conferences/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Chuẩn bị hội nghị")
public class DocumentResource {

    /** A document of the set as listed: key (for download), title, type, size. */
    public record DocumentView(String key, String title, String contentType, int sizeBytes) {
    }

    @Inject
    DocumentSet documents;

    @GET
    public List<DocumentView> list(@PathParam("id") long conferenceId) {
        return documents.documents(conferenceId).stream()
                .map(d -> new DocumentView(d.key(), d.title(), d.contentType(), d.sizeBytes())).toList();
    }

    @GET
    @Path("/combined.pdf")
    @Produces("application/pdf")
    public Response combined(@PathParam("id") long conferenceId) {
        return UploadedFiles.serve(documents.combined(conferenceId), UploadedFiles.PDF,
                "tai-lieu-hoi-nghi-" + conferenceId + ".pdf", false);
    }

    @GET
    @Path("/{key}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") long conferenceId, @PathParam("key") String key) {
        DocumentSet.Document d = documents.document(conferenceId, key);
        return UploadedFiles.serve(documents.content(d), d.contentType(), d.fileName(), false);
    }
}
