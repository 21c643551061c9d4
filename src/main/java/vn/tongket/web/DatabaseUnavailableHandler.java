package vn.tongket.web;

import io.quarkus.logging.Log;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

/**
 * When the database cannot be reached (during sign-in or inside a request), the reader gets 503 with "try again
 * in a moment" and a Retry-After header instead of an internal error. The transaction has been rolled back, so
 * nothing was half-written; the connection pool reconnects by itself when the database is back. The same for a
 * database that is there but busy (no free pooled connection within the acquisition timeout, a row lock not granted in
 * time): 503 with "try again in a moment" and a short Retry-After.
 */
@ApplicationScoped
public class DatabaseUnavailableHandler {

    private static final int RETRY_AFTER_SECONDS = 30;
    private static final int RETRY_BUSY_SECONDS = 2;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        Cause cause = ctx.response().headWritten() ? null : causeOf(ctx.failure());
        if (cause == null) {
            ctx.next();
            return;
        }
        Log.warnf("Database %s while serving %s %s: %s", cause == Cause.UNREACHABLE ? "unreachable" : "busy",
                ctx.request().method(), ctx.normalizedPath(), rootMessage(ctx.failure()));
        String path = ctx.normalizedPath();
        boolean json = path.startsWith("/api") || path.startsWith("/q/");
        if (cause == Cause.UNREACHABLE) {
            Pages.refuse(ctx, 503, RETRY_AFTER_SECONDS, json, Messages::errorUnavailable, Messages::errorUnavailableDetail);
        } else {
            Pages.refuse(ctx, 503, RETRY_BUSY_SECONDS, json, Messages::errorBusy, Messages::errorBusyDetail);
        }
    }

    enum Cause { UNREACHABLE, BUSY }

    /**
     * UNREACHABLE: a connection could not be opened or broke (SQLState class 08). BUSY: every pooled connection was in
     * use for the whole acquisition timeout, or a row lock was not granted in time (lock wait timeout, deadlock); the
     * transaction was rolled back, so trying again is safe. Otherwise null: not a database availability problem.
     */
    static Cause causeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return Cause.UNREACHABLE;
            }
            if (t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof SQLTransactionRollbackException) {
                return Cause.BUSY;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && state.startsWith("08")) {
                    return Cause.UNREACHABLE;
                }
                if (sql.getErrorCode() == 1205 || sql.getErrorCode() == 1213 || "40001".equals(state)
                        || String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                    return Cause.BUSY;
                }
            }
            if (t instanceof SQLTransientConnectionException) {
                return Cause.UNREACHABLE;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
