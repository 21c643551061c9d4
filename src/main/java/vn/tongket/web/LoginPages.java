package vn.tongket.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tongket.security.LoginRedirect;
import vn.tongket.security.SessionStart;
import vn.tongket.security.UserService;

import java.net.URI;

/** Sign-in page (the form posts to Quarkus' j_security_check), and sign-out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, String next);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    UserService users;

    @Inject
    RoutingContext http;

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam(LoginRedirect.PARAMETER) String next) {
        return Templates.login(error != null, LocalPath.of(next).orElse(null));
    }

    /**
     * Signs out: a POST with the CSRF token (a link elsewhere cannot sign anyone out). Ends every session of the user,
     * not only this browser's: the server keeps one "sessions valid from" instant per user, which every instance reads.
     */
    @POST
    @Path("logout")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response logout() {
        if (!identity.isAnonymous()) {
            users.endSessions(identity.getPrincipal().getName());
        }
        SessionStart.clear(http);
        return Response.seeOther(URI.create("/login")).build();
    }
}
