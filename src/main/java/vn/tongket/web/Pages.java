package vn.tongket.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.Locale;
import java.util.function.Function;

/** Answers written outside the REST layer (rate limit, database unavailable): the error shape or a minimal page. */
public final class Pages {

    private Pages() {
    }

    /**
     * Ends the request with {@code status} and Retry-After, in the reader's language (Accept-Language "en" or
     * Vietnamese): the shared JSON error shape when {@code json}, else a stand-alone page.
     */
    public static void refuse(RoutingContext ctx, int status, long retryAfterSeconds, boolean json,
                              Function<Messages, String> title, Function<Messages, String> detail) {
        ctx.response().putHeader("Retry-After", String.valueOf(retryAfterSeconds));
        answer(ctx, status, json, title, detail);
    }

    /** Ends the request with {@code status}: the shared JSON error shape when {@code json}, else a stand-alone page. */
    public static void answer(RoutingContext ctx, int status, boolean json,
                              Function<Messages, String> title, Function<Messages, String> detail) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        String language = accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en")
                ? Localization.ENGLISH : Localization.VIETNAMESE;
        Messages m = Localization.messages(language);
        ctx.response().setStatusCode(status);
        if (json) {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("status", status).put("title", title.apply(m))
                            .put("detail", detail.apply(m)).put("violations", new JsonArray()).encode());
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .end(standalone(language, title.apply(m), detail.apply(m)));
    }

    /** A stand-alone page with a title and one message; both come from a message bundle (no user input). */
    public static String standalone(String language, String title, String message) {
        return "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"/static/app.css\"><title>" + title + "</title></head>"
                + "<body><main class=\"container\"><section class=\"card\"><h1>" + title + "</h1>"
                + "<p class=\"alert alert-error\" role=\"alert\">" + message + "</p></section></main></body></html>";
    }
}
