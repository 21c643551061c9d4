package vn.tongket.script;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tongket.web.Localization;

import java.util.List;

/** JSON and PDF of the MC's script; reviewers and approvers read it as they read the conference. */
@Path("/api/conferences/{id}")
@RolesAllowed({"ORGANIZER", "ADMIN", "REVIEWER", "APPROVER"})
public class ScriptResource {

    @Inject
    ScriptService scripts;

    @Inject
    ScriptDocument document;

    @GET
    @Path("/script")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ScriptEntry> script(@PathParam("id") long conferenceId, @Context HttpHeaders headers) {
        return scripts.script(conferenceId, Localization.language(headers));
    }

    @GET
    @Path("/script.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long conferenceId) {
        return document.response(conferenceId);
    }
}
