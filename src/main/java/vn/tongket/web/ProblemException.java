package vn.tongket.web;

import java.util.function.Function;

/**
 * A refused request with a message from a message bundle: the status (400, 404, 409), the field it concerns if any,
 * and the detail text, resolved in the caller's language when the response is written. Each feature keeps its texts
 * in its own bundle (Qute breaks on very large bundles), so the bundle type travels with the message.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String field;
    private final Function<String, String> detail;

    private <B> ProblemException(int status, String field, Class<B> bundle, Function<B, String> detail) {
        super(detail.apply(Localization.bundle(bundle, Localization.VIETNAMESE)));
        this.status = status;
        this.field = field;
        this.detail = language -> detail.apply(Localization.bundle(bundle, language));
    }

    public ProblemException(int status, String field, Function<Messages, String> detail) {
        this(status, field, Messages.class, detail);
    }

    public static ProblemException conflict(Function<Messages, String> detail) {
        return new ProblemException(409, null, Messages.class, detail);
    }

    public static <B> ProblemException conflict(Class<B> bundle, Function<B, String> detail) {
        return new ProblemException(409, null, bundle, detail);
    }

    public static ProblemException notFound(Function<Messages, String> detail) {
        return new ProblemException(404, null, Messages.class, detail);
    }

    public static <B> ProblemException notFound(Class<B> bundle, Function<B, String> detail) {
        return new ProblemException(404, null, bundle, detail);
    }

    public static ProblemException invalid(String field, Function<Messages, String> detail) {
        return new ProblemException(400, field, Messages.class, detail);
    }

    public static <B> ProblemException invalid(String field, Class<B> bundle, Function<B, String> detail) {
        return new ProblemException(400, field, bundle, detail);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    /** The detail in "vi" or "en". */
    public String detail(String language) {
        return detail.apply(language);
    }
}
