package vn.tongket.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tongket.web.LocalPath;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Brings a user whose session ended back, after signing in, to the page they were on. Quarkus's own way (a cookie
 * holding the URL of the refused request) sends a refused form post back to its POST-only address, which answers
 * "not found"; here the sign-in page carries the place to return to as {@code ?next=} and the form's hidden field:
 * the refused GET itself, or for a refused form the page the form was on (its same-origin Referer). Only a local path
 * is ever followed ({@link #localPath}): an address on another site is dropped, so the link cannot send anyone away.
 */
@ApplicationScoped
public class LoginRedirect {

    public static final String PARAMETER = "next";

    @ConfigProperty(name = "quarkus.http.auth.form.login-page")
    String loginPage;

    @ConfigProperty(name = "quarkus.http.auth.form.error-page")
    String errorPage;

    @ConfigProperty(name = "quarkus.http.auth.form.location-cookie", defaultValue = "quarkus-redirect-location")
    String locationCookie;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    void install(@Observes Router router) {
        // Before authentication, so the handler sees the challenge and the sign-in answer it writes.
        router.route().order(Integer.MIN_VALUE + 3).handler(this::filter);
    }

    void filter(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.POST && ctx.normalizedPath().equals(postLocation)) {
            ctx.addHeadersEndHandler(v -> afterSignIn(ctx));
        } else {
            ctx.addHeadersEndHandler(v -> afterChallenge(ctx));
        }
        ctx.next();
    }

    /** A page refused for want of a session: the sign-in page it leads to learns where to come back. */
    private void afterChallenge(RoutingContext ctx) {
        // Quarkus challenges with 302; the application's own redirects (sign-out's among them) are 303.
        if (ctx.response().getStatusCode() != 302 || !isRedirectTo(ctx, loginPage)) {
            return;
        }
        // Quarkus's own note of the refused address (a form's POST-only address, among others) is not kept.
        ctx.response().removeCookie(locationCookie, false);
        origin(ctx).ifPresent(back -> ctx.response().headers().set(HttpHeaders.LOCATION, withNext(loginPage, back)));
    }

    /** The sign-in form's answer: back to its {@code next} on success, and the page keeps it after a wrong password. */
    private void afterSignIn(RoutingContext ctx) {
        Optional<String> next = LocalPath.of(ctx.request().getFormAttribute(PARAMETER));
        if (next.isEmpty()) {
            return;
        }
        if (isRedirectTo(ctx, errorPage)) {
            ctx.response().headers().set(HttpHeaders.LOCATION, withNext(errorPage, next.get()));
        } else if (isRedirect(ctx)) {
            ctx.response().headers().set(HttpHeaders.LOCATION, next.get());
        }
    }

    /** Where the refused request was made from: its own address for a GET, else the same-origin page it came from. */
    private Optional<String> origin(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return LocalPath.of(ctx.request().uri());
        }
        String referer = ctx.request().getHeader(HttpHeaders.REFERER);
        return sameOrigin(referer, ctx.request().absoluteURI()) ? LocalPath.ofAddress(referer) : Optional.empty();
    }

    private static boolean sameOrigin(String address, String self) {
        if (address == null || self == null) {
            return false;
        }
        try {
            URI from = new URI(address);
            URI here = new URI(self);
            return from.getScheme() != null && from.getRawAuthority() != null
                    && from.getScheme().equalsIgnoreCase(here.getScheme())
                    && from.getRawAuthority().equalsIgnoreCase(here.getRawAuthority());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isRedirect(RoutingContext ctx) {
        int status = ctx.response().getStatusCode();
        return (status == 302 || status == 303) && ctx.response().headers().get(HttpHeaders.LOCATION) != null;
    }

    private static boolean isRedirectTo(RoutingContext ctx, String page) {
        if (!isRedirect(ctx)) {
            return false;
        }
        try {
            URI uri = new URI(ctx.response().headers().get(HttpHeaders.LOCATION));
            String query = uri.getRawQuery();
            return (uri.getRawPath() + (query == null ? "" : "?" + query)).equals(page);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String withNext(String page, String next) {
        return page + (page.contains("?") ? "&" : "?") + PARAMETER + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
}
