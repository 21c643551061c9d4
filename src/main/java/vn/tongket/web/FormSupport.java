package vn.tongket.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.HttpHeaders;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;

/** What HTML form handlers share: validate a request record and turn a refusal into one readable line. */
@ApplicationScoped
public class FormSupport {

    @Inject
    Validator validator;

    /** Throws the same ConstraintViolationException as the JSON API would, so pages and API refuse alike. */
    public <T> T validate(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /** The message to show above a form for a refused submission, in the reader's language. */
    public String message(RuntimeException e, HttpHeaders headers) {
        if (e instanceof ProblemException p) {
            return p.detail(Localization.language(headers));
        }
        if (e instanceof ConstraintViolationException cve) {
            return cve.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
        }
        throw e;
    }

    public static int status(RuntimeException e) {
        return e instanceof ProblemException p ? p.status() : 400;
    }

    /** Parses a datetime-local value ("2023-12-08T07:30"); null when empty or unreadable (validation then names the field). */
    public static LocalDateTime dateTime(String value) {
        String v = Text.clean(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Integer integer(String value) {
        String v = Text.clean(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        String v = Text.clean(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
