package vn.tongket.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Sign-in page (the form posts to Quarkus' j_security_check), sign-out and the home redirect. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error);
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/conferences")).build();
    }

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") String error) {
        return Templates.login(error != null);
    }

    @GET
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder("tongket-session").path("/").maxAge(0).httpOnly(true).value("").build();
        return Response.seeOther(URI.create("/login")).cookie(expired).build();
    }
}
