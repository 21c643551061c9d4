package vn.tongket.web;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.QueryStringEncoder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.tongket.security.LoginRedirect;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * This request's language as templates see it: {@code <html lang="{inject:language.code}">} and the header's switch,
 * {@code href="{inject:language.switchTo('en')}"}.
 */
@Named("language")
@RequestScoped
public class PageLanguage {

    static final String HOME = "/conferences";

    @Inject
    RoutingContext http;

    /** "vi" or "en", as {@link LanguageChoice} settled it for this request. */
    public String getCode() {
        return Localization.language(LanguageChoice.accepted(http.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    public boolean isEnglish() {
        return Localization.ENGLISH.equals(getCode());
    }

    /** This page in another language: its address (filters and page number kept) with {@code lang=} set. */
    public String switchTo(String language) {
        HttpServerRequest request = http.request();
        return switchAddress(request.method(), request.uri(), request.getHeader(HttpHeaders.REFERER),
                request.getHeader(HttpHeaders.HOST), language);
    }

    /**
     * A page shown in answer to a form (a POST, e.g. a form back with its errors) has no address to load again: the
     * switch then leads to the page the form was on (the Referer, when it is this site's), else to the home page.
     */
    static String switchAddress(HttpMethod method, String uri, String referer, String host, String language) {
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            // Only the query, relative to the page itself: a path may carry a delegate's personal token (/rsvp/...),
            // which a page must never write back, not even on its 404.
            QueryStringEncoder address = withoutLanguage(uri == null || !uri.startsWith("/") ? HOME : uri, "");
            address.addParam(LanguageChoice.PARAM, language);
            return address.toString();
        }
        String page = sameSite(referer, host);
        if (page == null || !page.startsWith("/") || page.startsWith("//")) {
            page = HOME;
        }
        QueryStringEncoder address = withoutLanguage(page, null);
        address.addParam(LanguageChoice.PARAM, language);
        return address.toString();
    }

    /**
     * The address with every query parameter but {@code lang}, on {@code path} (null: the page's own path); the home
     * page for a malformed one.
     */
    private static QueryStringEncoder withoutLanguage(String page, String path) {
        try {
            QueryStringDecoder current = new QueryStringDecoder(page);
            QueryStringEncoder address = new QueryStringEncoder(path != null ? path : current.rawPath());
            current.parameters().forEach((name, values) -> {
                if (LanguageChoice.PARAM.equals(name)) {
                    return;
                }
                for (String value : values) {
                    // The sign-in page's way back is kept only when it would be followed: a foreign one is not echoed.
                    if (!LoginRedirect.PARAMETER.equals(name) || LocalPath.of(value).isPresent()) {
                        address.addParam(name, value);
                    }
                }
            });
            return address;
        } catch (IllegalArgumentException malformed) {
            return new QueryStringEncoder(HOME);
        }
    }

    private static String sameSite(String referer, String host) {
        if (referer == null || host == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            if (!host.equalsIgnoreCase(uri.getRawAuthority()) || uri.getRawPath() == null) {
                return null;
            }
            return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (URISyntaxException malformed) {
            return null;
        }
    }
}
