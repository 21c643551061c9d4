package vn.tongket.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One submission of a page form being read: every value as typed, in the form's order, and the values that could not
 * be read (a number, a date, a choice), each with its message in the reader's language.
 */
public final class FormInput {

    /** Digits grouped by dots in threes ("30.000", "1.800.000"): the Vietnamese way of writing thousands. */
    private static final Pattern DOT_GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

    private final Messages messages;
    private final Map<String, List<String>> typed = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormInput(Messages messages) {
        this.messages = messages;
    }

    /** Text as cleaned for storage (NFC, trimmed, blank is null). */
    public String text(String name, String raw) {
        keep(name, raw);
        return Text.clean(raw);
    }

    /** Text kept exactly as typed apart from NFC and control characters (a password, a multi-line note). */
    public String verbatim(String name, String raw) {
        keep(name, raw);
        return Text.nfc(raw);
    }

    public Integer integer(String name, String raw) {
        BigDecimal value = decimal(name, raw);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            errors.putIfAbsent(name, messages.formNotWholeNumber());
            return null;
        }
    }

    public Long whole(String name, String raw) {
        BigDecimal value = decimal(name, raw);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            errors.putIfAbsent(name, messages.formNotWholeNumber());
            return null;
        }
    }

    /**
     * A number as a Vietnamese clerk types it: "30.000" and "30 000" are thirty thousand, "1,5" is one and a half.
     * A dot not followed by groups of three digits is a decimal point ("1.5", as a browser's number field sends it).
     */
    public BigDecimal decimal(String name, String raw) {
        keep(name, raw);
        String v = Text.clean(raw);
        if (v == null) {
            return null;
        }
        BigDecimal value = parseDecimal(v);
        if (value == null) {
            errors.putIfAbsent(name, messages.formNotANumber());
        }
        return value;
    }

    /** The number a Vietnamese or plain writing means, or null when it is not one. */
    public static BigDecimal parseDecimal(String text) {
        String v = text.replace("\u00a0", "").replace(" ", "").replace("\u202f", "");
        if (v.contains(",")) {
            v = v.replace(".", "").replace(',', '.');
        } else if (DOT_GROUPED.matcher(v).matches()) {
            v = v.replace(".", "");
        }
        if (v.length() > 40) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A datetime-local value ("2026-12-08T07:30"). */
    public LocalDateTime dateTime(String name, String raw) {
        keep(name, raw);
        String v = Text.clean(raw);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(name, messages.formNotADate());
            return null;
        }
    }

    /** A date value ("2026-12-08"). */
    public LocalDate date(String name, String raw) {
        keep(name, raw);
        String v = Text.clean(raw);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(name, messages.formNotADate());
            return null;
        }
    }

    public <E extends Enum<E>> E choice(Class<E> type, String name, String raw) {
        keep(name, raw);
        String v = Text.clean(raw);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(name, messages.formNotAChoice());
            return null;
        }
    }

    /** Several values of one name (check boxes, a multiple select), cleaned, blanks dropped. */
    public List<String> texts(String name, List<String> raw) {
        List<String> kept = raw == null ? List.of() : raw;
        typed.put(name, new ArrayList<>(kept));
        return kept.stream().map(Text::clean).filter(v -> v != null).toList();
    }

    /** A check box: present means ticked. */
    public boolean ticked(String name, String raw) {
        keep(name, raw);
        return raw != null && !raw.isBlank() && !"false".equalsIgnoreCase(raw.strip());
    }

    /** Records an error found while reading (a rule between two fields, say), kept with the field. */
    public void refuse(String name, String message) {
        errors.putIfAbsent(name, message);
    }

    /**
     * The form as read so far, shown again without being carried out (a preview): values as typed, and only the
     * values that could not be read marked.
     */
    public FormState state() {
        return FormState.refused(typed, errors, null);
    }

    private void keep(String name, String raw) {
        typed.put(name, raw == null ? List.of() : List.of(Text.nfc(raw)));
    }

    Map<String, List<String>> typed() {
        return typed;
    }

    Map<String, String> errors() {
        return errors;
    }
}
