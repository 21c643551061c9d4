package vn.tongket.web;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refusals made before a request reaches the application, which Quarkus would answer with an empty body: an API call
 * without valid credentials (401, the Basic challenge kept) and a body over quarkus.http.limits.max-body-size (413)
 * get the shared error shape (JSON for /api, a page otherwise) like every other refusal.
 */
@ApplicationScoped
public class FrameworkRefusals {

    @ConfigProperty(name = "quarkus.http.auth.realm")
    String realm;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 3).failureHandler(this::handle);
        // Quarkus answers a call without credentials itself, with an empty 401, before any failure handler.
        router.route("/api/*").order(Integer.MIN_VALUE + 3).handler(this::requireCredentials);
        // Likewise a body announced over the limit is refused by Quarkus with an empty 413; answer it first.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::limitBody);
    }

    void limitBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.chars().allMatch(Character::isDigit) || length.length() > 18
                || Long.parseLong(length) <= maxBodySize.asLongValue()) {
            ctx.next();
            return;
        }
        String path = ctx.normalizedPath();
        // The announced body is never read: close the connection once the answer is out.
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        ctx.addEndHandler(done -> ctx.request().connection().close());
        Pages.answer(ctx, 413, path.startsWith("/api") || path.startsWith("/q/"), Messages::errorTooLarge,
                Messages::errorTooLargeDetail);
    }

    /**
     * Every /api path but the public document verification needs HTTP Basic (quarkus.http.auth.permission.api):
     * refuse a call without any at once.
     */
    void requireCredentials(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null || ctx.normalizedPath().equals("/api/verify")) {
            ctx.next();
            return;
        }
        challenge(ctx);
    }

    private void challenge(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
        Pages.answer(ctx, 401, true, Messages::errorUnauthorized, Messages::errorUnauthorizedDetail);
    }

    void handle(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        String path = ctx.normalizedPath();
        boolean json = path.startsWith("/api") || path.startsWith("/q/");
        if (json && (ctx.statusCode() == 401 || isUnauthenticated(ctx.failure()))) {
            challenge(ctx);
            return;
        }
        if (ctx.statusCode() == 413) {
            ctx.response().putHeader("Connection", "close");
            Pages.answer(ctx, 413, json, Messages::errorTooLarge, Messages::errorTooLargeDetail);
            return;
        }
        ctx.next();
    }

    private static boolean isUnauthenticated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationException || t instanceof UnauthorizedException) {
                return true;
            }
        }
        return false;
    }
}
