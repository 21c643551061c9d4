package vn.tongket.web;

import java.util.function.Function;

/**
 * A refused request with a message from a bundle: the status (400, 404, 409), the field it concerns
 * if any, and the detail text resolved in the caller's language when the response is written.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String field;
    private final Function<Messages, String> detail;

    public ProblemException(int status, String field, Function<Messages, String> detail) {
        super(detail.apply(Localization.messages(Localization.VIETNAMESE)));
        this.status = status;
        this.field = field;
        this.detail = detail;
    }

    public static ProblemException conflict(Function<Messages, String> detail) {
        return new ProblemException(409, null, detail);
    }

    public static ProblemException notFound(Function<Messages, String> detail) {
        return new ProblemException(404, null, detail);
    }

    public static ProblemException invalid(String field, Function<Messages, String> detail) {
        return new ProblemException(400, field, detail);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String detail(Messages messages) {
        return detail.apply(messages);
    }
}
