package vn.tongket.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.tongket.web.Messages;
import vn.tongket.web.ProblemException;

import java.util.Set;

/**
 * Closes the gap quarkus-rest-csrf leaves: it checks the token only in form and multipart bodies (or in the token
 * header when one is sent) and lets any other body through unchecked, so a cross-site text/plain or empty POST with
 * the session cookie would change data. Here every state-changing page request must either carry the token header or
 * be a form, whose token quarkus-rest-csrf then verifies. The JSON API (/api, HTTP Basic, no cookies) is left alone.
 */
public class PageCsrfGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name")
    String tokenHeader;

    @ServerRequestFilter
    public void requireToken(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || isApi(request.getUriInfo().getPath())) {
            return;
        }
        if (request.getHeaderString(tokenHeader) != null || isForm(request.getMediaType())) {
            return;
        }
        throw ProblemException.invalid("csrf-token", Messages::errorCsrf);
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/");
    }

    private static boolean isForm(MediaType type) {
        return type != null && ("application".equals(type.getType()) && "x-www-form-urlencoded".equals(type.getSubtype())
                || "multipart".equals(type.getType()) && "form-data".equals(type.getSubtype()));
    }
}
