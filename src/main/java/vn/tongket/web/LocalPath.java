package vn.tongket.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

/** A path on this site to send a browser back to, checked so that it can never lead to another site. */
public final class LocalPath {

    /** Places that make no sense to come back to. */
    private static final Set<String> NOT_BACK_TO = Set.of("/login", "/logout", "/j_security_check");

    private LocalPath() {
    }

    /** The local path (path and query) of a full address such as a Referer, when it has one. */
    public static Optional<String> ofAddress(String address) {
        if (address == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address);
            return uri.getRawPath() == null ? Optional.empty()
                    : of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code candidate} when it is a path on this site ("/conferences/3?page=2"): not an absolute URL, not
     * scheme-relative ("//evil.example"), no backslash or control character a browser might read as one.
     */
    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.length() > 2000 || !candidate.startsWith("/") || candidate.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c == '\\' || c < 0x21 || c == 0x7f) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || NOT_BACK_TO.contains(uri.getRawPath())) {
                return Optional.empty();
            }
            return Optional.of(candidate);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
