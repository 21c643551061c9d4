package vn.tongket.nomination;

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
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;

import java.util.List;

/** The administrator's page for the legal texts a decision cites: the list, adding one, correcting or ending one. */
@Path("/admin/legal-bases")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class LegalBasisPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance legalBases(List<LegalBasis> bases, FormState form, String notice);

        static native TemplateInstance edit(LegalBasis basis, FormState form);
    }

    @Inject
    LegalBases legalBases;

    @Inject
    FormSupport forms;

    /** {@code saved} (an id) or {@code deleted} (a number) says, once, what the last change was. */
    @GET
    public TemplateInstance legalBases(@QueryParam("saved") Long saved, @QueryParam("deleted") String deleted,
                                       HttpHeaders headers) {
        LegalBasisMessages m = Localization.bundle(LegalBasisMessages.class, headers);
        LegalBasis basis = saved == null ? null : LegalBasis.findById(saved);
        String notice = basis != null ? m.legalBasisSaved(basis.number)
                : deleted != null && !deleted.isBlank() ? m.legalBasisDeleted(deleted) : null;
        return Templates.legalBases(legalBases.list(), LegalBasisForm.blank(), notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@BeanParam LegalBasisForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> saved(legalBases.add(request)),
                state -> Templates.legalBases(legalBases.list(), state, null));
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        LegalBasis b = legalBases.get(id);
        return Templates.edit(b, LegalBasisForm.of(b));
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam LegalBasisForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> saved(legalBases.update(id, request)),
                state -> Templates.edit(legalBases.get(id), state));
    }

    @POST
    @Path("/{id}/delete")
    public Response delete(@PathParam("id") long id) {
        LegalBasis b = legalBases.delete(id);
        return Response.seeOther(UriBuilder.fromPath("/admin/legal-bases").queryParam("deleted", b.number).build())
                .build();
    }

    private static Response saved(LegalBasis b) {
        return Response.seeOther(UriBuilder.fromPath("/admin/legal-bases").queryParam("saved", b.id)
                .fragment("legal-basis-" + b.id).build()).build();
    }
}
