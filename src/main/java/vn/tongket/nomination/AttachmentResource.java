package vn.tongket.nomination;

import vn.tongket.web.ContentDisposition;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tongket.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * JSON API for a nomination's attachments: upload (the file as the request body, its name in ?fileName=; a raw body
 * keeps the API clear of the pages' CSRF form check), list, download.
 */
@Path("/api/nominations/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Khen thưởng")
public class AttachmentResource {

    @Inject
    AttachmentService service;

    @GET
    public List<AttachmentView> list(@PathParam("id") long id) {
        return service.list(id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response upload(@PathParam("id") long id, @QueryParam("fileName") String fileName, byte[] body) {
        AttachmentView view = service.add(id, fileName, body == null ? new byte[0] : body);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return download(service.get(id, attachmentId));
    }

    /** The upload's bytes, refusing a missing or oversized file before reading it. */
    static byte[] read(AttachmentService service, FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", NominationMessages.class, m -> m.attachmentEmpty());
        }
        service.checkSize(file.size());
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Always a download (never rendered inline), with the type decided at upload and nosniff. */
    static Response download(NominationAttachment a) {
        return Response.ok(a.content, a.contentType)
                .header("Content-Disposition", ContentDisposition.attachment(a.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
