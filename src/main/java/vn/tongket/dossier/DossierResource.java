package vn.tongket.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tongket.document.ServedFiles;

import java.util.List;

/** JSON API for a conference's commendation dossier: the checklist, each document as PDF, the proposal's settings. */
@Path("/api/conferences/{id}/dossier")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ORGANIZER", "REVIEWER", "APPROVER", "ADMIN"})
@Tag(name = "Khen thưởng")
public class DossierResource {

    @Inject
    DossierService dossier;

    @GET
    public List<DossierItem> checklist(@PathParam("id") long conferenceId) {
        return dossier.checklist(conferenceId);
    }

    @GET
    @Path("/{key}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long conferenceId, @PathParam("key") String key) {
        return pdfResponse(dossier.pdf(conferenceId, key), conferenceId, key);
    }

    @GET
    @Path("/settings")
    public DossierSettingsRequest settings(@PathParam("id") long conferenceId) {
        DossierSettings s = dossier.settings(conferenceId);
        return new DossierSettingsRequest(s.proposalNumber, s.proposalDate, s.signerTitle, s.signerName);
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public DossierSettingsRequest save(@PathParam("id") long conferenceId, @Valid @NotNull DossierSettingsRequest body) {
        DossierSettings s = dossier.save(conferenceId, body);
        return new DossierSettingsRequest(s.proposalNumber, s.proposalDate, s.signerTitle, s.signerName);
    }

    static Response pdfResponse(byte[] content, long conferenceId, String key) {
        return Response.ok(ServedFiles.body(content), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"ho-so-" + key + "-" + conferenceId + ".pdf\"")
                .build();
    }
}
