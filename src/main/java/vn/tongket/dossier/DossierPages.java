package vn.tongket.dossier;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.UriBuilder;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;

import java.util.List;

/** The dossier page of a conference: the checklist with a link to each ready document, and the proposal's settings. */
@Path("/conferences/{conferenceId}/dossier")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"ORGANIZER", "REVIEWER", "APPROVER", "ADMIN"})
public class DossierPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dossier(Conference conference, List<DossierItem> items, FormState form,
                                               String notice);
    }

    @Inject
    DossierService dossier;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance page(@PathParam("conferenceId") long conferenceId, @QueryParam("saved") String saved,
                                 HttpHeaders headers) {
        String notice = saved == null ? null : Localization.bundle(DossierMessages.class, headers).settingsSaved();
        return page(conferenceId, DossierSettingsForm.of(dossier.settings(conferenceId)), notice);
    }

    @POST
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response save(@PathParam("conferenceId") long conferenceId, @BeanParam DossierSettingsForm form,
                         HttpHeaders headers) {
        conferences.get(conferenceId);
        return forms.submit(form, headers, request -> {
            dossier.save(conferenceId, request);
            return Response.seeOther(UriBuilder.fromPath("/conferences/" + conferenceId + "/dossier")
                    .queryParam("saved", "1").build()).build();
        }, state -> page(conferenceId, state, null));
    }

    @GET
    @Path("/{key}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("conferenceId") long conferenceId, @PathParam("key") String key) {
        return DossierResource.pdfResponse(dossier.pdf(conferenceId, key), conferenceId, key);
    }

    private TemplateInstance page(long conferenceId, FormState form, String notice) {
        return Templates.dossier(conferences.get(conferenceId), dossier.checklist(conferenceId), form, notice);
    }
}
