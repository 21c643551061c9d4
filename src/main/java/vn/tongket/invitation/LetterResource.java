package vn.tongket.invitation;

import vn.tongket.web.ContentDisposition;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tongket.web.CurrentUser;
import vn.tongket.document.ServedFiles;


/** JSON API: one invitation's letter as HTML or PDF. */
@Path("/api/invitations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Giấy mời")
public class LetterResource {

    @Inject
    InvitationService service;

    @Inject
    InvitationDocuments documents;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/letter")
    @Produces(MediaType.TEXT_HTML)
    public Response letter(@PathParam("id") long id) {
        return Response.ok(documents.html(service.forLetter(id), currentUser.isOrganizer()), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("/letter.pdf")
    @Produces("application/pdf")
    public Response letterPdf(@PathParam("id") long id) {
        InvitationDocuments.LetterPdf letter = documents.keptPdf(id, currentUser.isOrganizer(), () -> service.forLetter(id));
        return Response.ok(ServedFiles.body(letter.content()), "application/pdf")
                .header("Content-Disposition", ContentDisposition.inline(letter.fileName())).build();
    }

}
