package vn.tongket.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import io.quarkus.qute.TemplateInstance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What HTML form handlers share. {@link #submit} is the one place where a page form is read, validated like the API's
 * request, carried out, and on refusal shown again as typed with a message beside each wrong field.
 */
@ApplicationScoped
public class FormSupport {

    @Inject
    Validator validator;

    /**
     * Reads {@code form}, validates the request it gives and hands it to {@code action} (which answers with a redirect,
     * so that F5 never submits twice). A value that cannot be read, a broken rule of the request record, or a 400/409
     * from the service shows the form again through {@code showAgain}, with every value as typed; a 404 or 403 passes
     * on to the error pages.
     */
    public <R> Response submit(PageForm<R> form, HttpHeaders headers, Function<R, Response> action,
                               Function<FormState, TemplateInstance> showAgain) {
        FormInput in = new FormInput(Localization.messages(headers));
        R request = form.read(in);
        Map<String, String> errors = new LinkedHashMap<>(in.errors());
        if (request != null) {
            for (ConstraintViolation<R> v : validator.validate(request)) {
                errors.putIfAbsent(form.field(v.getPropertyPath().toString()), v.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(showAgain.apply(FormState.refused(in.typed(), errors, null))).build();
        }
        try {
            return action.apply(request);
        } catch (ProblemException p) {
            if (p.status() != 400 && p.status() != 409) {
                throw p;
            }
            String detail = p.detail(Localization.language(headers));
            FormState state = p.field() != null
                    ? FormState.refused(in.typed(), Map.of(p.field(), detail), null)
                    : FormState.refused(in.typed(), Map.of(), detail);
            return Response.status(p.status()).entity(showAgain.apply(state)).build();
        } catch (ConstraintViolationException cve) {
            Map<String, String> found = new LinkedHashMap<>();
            cve.getConstraintViolations().forEach(v -> found.putIfAbsent(form.field(leaf(v.getPropertyPath().toString())), v.getMessage()));
            return Response.status(400).entity(showAgain.apply(FormState.refused(in.typed(), found, null))).build();
        }
    }

    /** A service method's violation path ("add.arg1.email") starts with the method and the argument. */
    private static String leaf(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
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
