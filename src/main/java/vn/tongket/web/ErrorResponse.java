package vn.tongket.web;

import java.util.List;

/** The one JSON shape of every refused API call. */
public record ErrorResponse(int status, String title, String detail, List<Violation> violations) {

    public record Violation(String field, String message) {
    }
}
