package vn.tongket.web;

import java.text.Normalizer;

/** Text clean-up applied to everything people type: Unicode NFC, trimmed, blank becomes null. */
public final class Text {

    private Text() {
    }

    public static String nfc(String value) {
        if (value == null) {
            return null;
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
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
