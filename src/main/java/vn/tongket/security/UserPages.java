package vn.tongket.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormSupport;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The administrator's page: accounts, their roles, enabling and disabling, password resets. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class UserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserAccount> users, Role[] roles, String error);
    }

    @Inject
    UserService service;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance users() {
        return Templates.users(service.list(), Role.values(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String fullName, @RestForm String password,
                           @RestForm List<String> roles, HttpHeaders headers) {
        try {
            service.create(forms.validate(new UserRequest(username, fullName, password, roles(roles), true)));
            return Response.seeOther(URI.create("/admin/users")).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e))
                    .entity(Templates.users(service.list(), Role.values(), forms.message(e, headers))).build();
        }
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @RestForm String username, @RestForm String fullName,
                           @RestForm String password, @RestForm List<String> roles, @RestForm String enabled,
                           HttpHeaders headers) {
        try {
            service.update(id, forms.validate(new UserRequest(username, fullName, password, roles(roles), enabled != null)));
            return Response.seeOther(URI.create("/admin/users")).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e))
                    .entity(Templates.users(service.list(), Role.values(), forms.message(e, headers))).build();
        }
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.stream().map(n -> FormSupport.enumValue(Role.class, n)).filter(r -> r != null).forEach(roles::add);
        }
        return roles;
    }
}
