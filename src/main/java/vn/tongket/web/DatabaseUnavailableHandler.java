package vn.tongket.web;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * When the database cannot be reached (during sign-in or inside a request), the reader gets 503 with "try again
 * in a moment" and a Retry-After header instead of an internal error. The transaction has been rolled back, so
 * nothing was half-written; the connection pool reconnects by itself when the database is back.
 */
@ApplicationScoped
public class DatabaseUnavailableHandler {

    private static final int RETRY_AFTER_SECONDS = 30;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (ctx.response().headWritten() || !isDatabaseUnreachable(ctx.failure())) {
            ctx.next();
            return;
        }
        Log.warnf("Database unreachable while serving %s %s: %s", ctx.request().method(), ctx.normalizedPath(),
                rootMessage(ctx.failure()));
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        String language = accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en")
                ? Localization.ENGLISH : Localization.VIETNAMESE;
        Messages m = Localization.messages(language);
        ctx.response().setStatusCode(503).putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        if (ctx.normalizedPath().startsWith("/api") || ctx.normalizedPath().startsWith("/q/")) {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("status", 503).put("title", m.errorUnavailable())
                            .put("detail", m.errorUnavailableDetail()).put("violations", new JsonArray()).encode());
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .end(Pages.standalone(language, m.errorUnavailable(), m.errorUnavailableDetail()));
    }

    /** A connection that could not be opened or broke: SQLState class 08, or the pool's acquisition timeout. */
    static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
