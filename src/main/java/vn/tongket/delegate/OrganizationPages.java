package vn.tongket.delegate;

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
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;
import vn.tongket.web.Messages;

import java.net.URI;
import java.util.List;

/** The administrator's organisations page: the list in protocol order, adding one, correcting one. */
@Path("/admin/organizations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class OrganizationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organizations(List<Organization> organizations, OrganizationLevel[] levels,
                                                     FormState form, String notice);

        static native TemplateInstance edit(Organization organization, List<Organization> parents,
                                            OrganizationLevel[] levels, FormState form);
    }

    @Inject
    OrganizationService service;

    @Inject
    FormSupport forms;

    /** {@code added} or {@code saved} (an organisation's id) says, once, what the last change was. */
    @GET
    public TemplateInstance organizations(@QueryParam("added") Long added, @QueryParam("saved") Long saved,
                                          HttpHeaders headers) {
        Messages m = Localization.messages(headers);
        List<Organization> all = service.list();
        Long changed = added != null ? added : saved;
        String notice = all.stream().filter(o -> o.id.equals(changed)).findFirst()
                .map(o -> added != null ? m.organizationAdded(o.name) : m.organizationSaved(o.name)).orElse(null);
        return Templates.organizations(all, OrganizationLevel.values(), OrganizationForm.blank(), notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@BeanParam OrganizationForm form, HttpHeaders headers) {
        return forms.submit(form, headers, r -> {
            Organization o = service.add(r.name(), r.level(), r.grassroots(), r.precedence(), r.parent());
            return back("added", o.id);
        }, state -> Templates.organizations(service.list(), OrganizationLevel.values(), state, null));
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        Organization o = service.get(id);
        return Templates.edit(o, parents(o), OrganizationLevel.values(), OrganizationForm.form(o));
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam OrganizationForm form, HttpHeaders headers) {
        return forms.submit(form, headers, r -> {
            service.update(id, r.name(), r.level(), r.grassroots(), r.precedence(), r.parent());
            return back("saved", id);
        }, state -> {
            Organization o = service.get(id);
            return Templates.edit(o, parents(o), OrganizationLevel.values(), state);
        });
    }

    /** Every organisation but this one may be chosen as its parent (a loop further up is refused on saving). */
    private List<Organization> parents(Organization o) {
        return service.list().stream().filter(p -> !p.id.equals(o.id)).toList();
    }

    private static Response back(String change, long id) {
        return Response.seeOther(URI.create("/admin/organizations?" + change + "=" + id + "#organization-" + id))
                .build();
    }
}
