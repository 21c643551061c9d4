package vn.tongket.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** This request's language as templates see it: {@code <html lang="{inject:language.code}">} and the header's switch. */
@Named("language")
@RequestScoped
public class PageLanguage {

    @Inject
    RoutingContext http;

    /** "vi" or "en", as {@link LanguageChoice} settled it for this request. */
    public String getCode() {
        return Localization.language(LanguageChoice.accepted(http.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    public boolean isEnglish() {
        return Localization.ENGLISH.equals(getCode());
    }
}
