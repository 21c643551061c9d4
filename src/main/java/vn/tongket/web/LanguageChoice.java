package vn.tongket.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Settles the reader's language once per request, before anything reads it: {@code ?lang=vi|en} on any address
 * (remembered for a year in a cookie), else that cookie, else the browser's Accept-Language, else Vietnamese. The
 * choice is written back as the request's only Accept-Language, so Qute pages and message bundles, Bean Validation
 * messages, error pages and the JSON API all follow it without knowing about the cookie.
 */
@ApplicationScoped
public class LanguageChoice {

    public static final String PARAM = "lang";
    public static final String COOKIE = "tongket-lang";

    private static final long ONE_YEAR = Duration.ofDays(365).toSeconds();

    void install(@Observes Router router) {
        // First of all: the rate limiter's and body limit's refusals are written in this language too.
        router.route().order(Integer.MIN_VALUE).handler(this::choose);
    }

    void choose(RoutingContext ctx) {
        String asked = supported(queryParam(ctx));
        if (asked != null) {
            ctx.response().addCookie(Cookie.cookie(COOKIE, asked).setPath("/").setMaxAge(ONE_YEAR)
                    .setSameSite(CookieSameSite.LAX));
        }
        String language = asked != null ? asked : remembered(ctx);
        if (language == null) {
            language = Localization.language(accepted(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        }
        ctx.request().headers().set(HttpHeaders.ACCEPT_LANGUAGE, language);
        ctx.next();
    }

    private static String queryParam(RoutingContext ctx) {
        try {
            return ctx.request().getParam(PARAM);
        } catch (IllegalArgumentException malformedQuery) {
            return null; // the resource that owns the address answers the malformed query itself
        }
    }

    private static String remembered(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(COOKIE);
        return cookie == null ? null : supported(cookie.getValue());
    }

    /** "vi" or "en", or null for anything else (a stale or forged value is ignored, not echoed). */
    static String supported(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Localization.VIETNAMESE.equals(v) || Localization.ENGLISH.equals(v) ? v : null;
    }

    /** The languages of an Accept-Language header, most wanted first; a malformed header counts as none. */
    static List<Locale> accepted(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
