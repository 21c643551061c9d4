package vn.tongket.security;

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
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;
import vn.tongket.web.Messages;
import vn.tongket.web.RefusedForm;

import java.net.URI;
import java.util.List;

/** The administrator's page: accounts, their roles, enabling and disabling, password resets. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class UserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserAccount> users, Role[] roles, RefusedForm refused, String notice);
    }

    @Inject
    UserService service;

    @Inject
    FormSupport forms;

    /** {@code created} or {@code saved} (an account's id) says, once, what the last change was. */
    @GET
    public TemplateInstance users(@QueryParam("created") Long created, @QueryParam("saved") Long saved,
                                  HttpHeaders headers) {
        Messages m = Localization.messages(headers);
        List<UserAccount> users = service.list();
        Long changed = created != null ? created : saved;
        String notice = users.stream().filter(u -> u.id.equals(changed)).findFirst()
                .map(u -> created != null ? m.userCreated(u.username) : m.userSaved(u.username)).orElse(null);
        return Templates.users(users, Role.values(), RefusedForm.NONE, notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam UserForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            UserAccount user = service.create(new UserRequest(request.username(), request.fullName(),
                    request.password(), request.roles(), true));
            return Response.seeOther(URI.create("/admin/users?created=" + user.id + "#user-row-" + user.id)).build();
        }, state -> Templates.users(service.list(), Role.values(), RefusedForm.of("create", state), null));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam UserForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            service.update(id, request);
            return Response.seeOther(URI.create("/admin/users?saved=" + id + "#user-row-" + id)).build();
        }, state -> Templates.users(service.list(), Role.values(), RefusedForm.of("edit", id, state), null));
    }
}
