package vn.tongket.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/** Picks Vietnamese or English from Accept-Language; Vietnamese is the default. */
public final class Localization {

    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";

    private Localization() {
    }

    public static String language(HttpHeaders headers) {
        if (headers == null) {
            return VIETNAMESE;
        }
        return language(headers.getAcceptableLanguages());
    }

    /** The first of the accepted languages this application speaks, else Vietnamese. */
    public static String language(List<Locale> accepted) {
        for (Locale locale : accepted) {
            String lang = locale.getLanguage();
            if (VIETNAMESE.equals(lang) || ENGLISH.equals(lang)) {
                return lang;
            }
        }
        return VIETNAMESE;
    }

    public static Messages messages(String language) {
        return bundle(Messages.class, language);
    }

    /** Any feature's message bundle in "vi" (default) or "en". */
    public static <B> B bundle(Class<B> type, String language) {
        if (ENGLISH.equals(language)) {
            return MessageBundles.get(type, Localized.Literal.of(ENGLISH));
        }
        return MessageBundles.get(type);
    }

    public static <B> B bundle(Class<B> type, HttpHeaders headers) {
        return bundle(type, language(headers));
    }

    public static Messages messages(HttpHeaders headers) {
        return messages(language(headers));
    }
}
