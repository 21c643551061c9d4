package vn.tongket.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A form as a template shows it: the values to put in the fields (as typed when refused, else the record being
 * edited, else empty), a message beside each wrong field, messages about the form as a whole, and the first wrong
 * field, which gets the focus.
 */
@TemplateData
public final class FormState {

    public static final FormState EMPTY = new FormState(Map.of(), Map.of(), List.of());

    private final Map<String, List<String>> values;
    private final Map<String, String> fieldErrors;
    private final List<String> generalErrors;

    private FormState(Map<String, List<String>> values, Map<String, String> fieldErrors, List<String> generalErrors) {
        this.values = values;
        this.fieldErrors = fieldErrors;
        this.generalErrors = generalErrors;
    }

    /** A form filled from what is stored (an edit page), nothing refused. */
    public static FormState filled(Map<String, ?> stored) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        stored.forEach((name, value) -> values.put(name, value == null ? List.of()
                : value instanceof Iterable<?> many ? strings(many) : List.of(value.toString())));
        return new FormState(values, Map.of(), List.of());
    }

    /** A refused form: errors on fields the form has go beside them; the others, and {@code general}, go on top. */
    static FormState refused(Map<String, List<String>> typed, Map<String, String> errors, String general) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        if (general != null) {
            others.add(general);
        }
        for (String name : typed.keySet()) {
            if (errors.containsKey(name)) {
                byField.put(name, errors.get(name));
            }
        }
        errors.forEach((name, message) -> {
            if (!byField.containsKey(name)) {
                others.add(message);
            }
        });
        return new FormState(typed, byField, others);
    }

    private static List<String> strings(Iterable<?> many) {
        List<String> list = new ArrayList<>();
        many.forEach(v -> list.add(String.valueOf(v)));
        return list;
    }

    /** The value for a text field, a select or a text area; empty when none. */
    public String value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
    }

    /** For an option or a check box among several of the same name. */
    public boolean has(String name, Object option) {
        List<String> v = values.get(name);
        return v != null && option != null && v.contains(option.toString());
    }

    /** For a single check box. */
    public boolean ticked(String name) {
        String v = value(name);
        return !v.isBlank() && !"false".equalsIgnoreCase(v);
    }

    public boolean refused() {
        return !fieldErrors.isEmpty() || !generalErrors.isEmpty();
    }

    public boolean invalid(String name) {
        return fieldErrors.containsKey(name);
    }

    public String error(String name) {
        return fieldErrors.getOrDefault(name, "");
    }

    public int fieldErrorCount() {
        return fieldErrors.size();
    }

    public List<String> generalErrors() {
        return Collections.unmodifiableList(generalErrors);
    }

    /**
     * Attributes for a field's input: marked invalid and described by its message, and the focus on the first wrong
     * field so that the clerk lands where the correction is needed.
     */
    public RawString attrs(String name) {
        if (!invalid(name)) {
            return new RawString("");
        }
        String id = errorId(name);
        String focus = Objects.equals(fieldErrors.keySet().iterator().next(), name) ? " autofocus" : "";
        return new RawString("aria-invalid=\"true\" aria-describedby=\"" + id + "\"" + focus);
    }

    /** The id of a field's message: letters, digits and dashes only, whatever the field's name. */
    public String errorId(String name) {
        return "error-" + name.replaceAll("[^A-Za-z0-9]", "-");
    }
}
