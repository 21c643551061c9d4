package vn.tongket.web;

import io.quarkus.logging.Log;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

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
        String path = ctx.normalizedPath();
        Pages.refuse(ctx, 503, RETRY_AFTER_SECONDS, path.startsWith("/api") || path.startsWith("/q/"),
                Messages::errorUnavailable, Messages::errorUnavailableDetail);
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
