package vn.tongket.web;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text clean-up applied to everything people type: control characters other than tab and line breaks removed
 * (they have no place in a letter and break XML and PDF rendering), Unicode NFC, trimmed, blank becomes null.
 */
public final class Text {

    private Text() {
    }

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    /** Without control characters (tab and line breaks kept) and in NFC. */
    public static String nfc(String value) {
        if (value == null) {
            return null;
        }
        String v = CONTROL.matcher(value).find() ? CONTROL.matcher(value).replaceAll("") : value;
        return Normalizer.isNormalized(v, Normalizer.Form.NFC) ? v : Normalizer.normalize(v, Normalizer.Form.NFC);
    }

    /** NFC and trimmed; null when blank. */
    public static String clean(String value) {
        String v = nfc(value);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }
}
