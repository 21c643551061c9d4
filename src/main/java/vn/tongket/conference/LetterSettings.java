package vn.tongket.conference;

import vn.tongket.web.Text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a conference's letters are numbered and signed (Decree 30/2020): the symbol after "GM-", the signature block
 * (authority line, signer's title and name) and the "Nơi nhận" list. Unset values get defaults from the issuer.
 */
@io.quarkus.qute.TemplateData
public record LetterSettings(String symbol, String authority, String signerTitle, String signerName,
                             List<String> recipients, String inviter, Integer number, java.time.LocalDate issuedOn,
                             Integer supplementNumber, java.time.LocalDate supplementIssuedOn) {

    /** Words that start the place part of an issuer's name ("ỦY BAN NHÂN DÂN | TỈNH BẮC GIANG"). */
    private static final Set<String> PLACE_WORDS = Set.of("TỈNH", "THÀNH", "HUYỆN", "XÃ", "PHƯỜNG", "QUẬN", "THỊ");

    public static LetterSettings of(Conference c) {
        String symbol = or(c.letterSymbol, defaultSymbol(c.issuer));
        String authority = or(c.signerAuthority, "TM. " + body(c.issuer));
        String title = or(c.signerTitle, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        String name = or(c.signerName, "");
        List<String> recipients = c.recipients == null
                ? List.of("Như trên;", "Lưu: VT.")
                : Arrays.stream(c.recipients.split("\n")).map(Text::clean).filter(s -> s != null).toList();
        return new LetterSettings(symbol, authority, title, name, recipients, inviter(c.issuer), c.letterNumber,
                c.letterIssuedOn, c.supplementNumber, c.supplementIssuedOn);
    }

    /** Whether the letter (or the supplementary letter) has its number and date of issue, i.e. is no longer a draft. */
    public boolean registered(boolean supplement) {
        return supplement ? supplementNumber != null && supplementIssuedOn != null : number != null && issuedOn != null;
    }

    /** The date of issue of the letter or of the supplementary letter; null while a draft. */
    public java.time.LocalDate issuedOn(boolean supplement) {
        return registered(supplement) ? (supplement ? supplementIssuedOn : issuedOn) : null;
    }

    /**
     * "07/GM-UBND"; a draft leaves the number blank for the văn thư ("    /GM-UBND"). Numbers below 10 take a leading
     * zero as the issuing office's register writes them.
     */
    public String numberLabel(boolean supplement, String symbol) {
        if (!registered(supplement)) {
            return "\u00a0\u00a0\u00a0\u00a0\u00a0/GM-" + symbol;
        }
        return String.format("%02d/GM-%s", supplement ? supplementNumber : number, symbol);
    }

    /** The issuer as a sentence subject: "Ủy ban nhân dân tỉnh Bắc Giang" for "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG". */
    static String inviter(String issuer) {
        String upper = issuer == null ? "" : issuer.strip();
        String body = body(upper);
        String place = upper.length() > body.length() ? upper.substring(body.length()).strip() : "";
        StringBuilder s = new StringBuilder(capitalize(body.toLowerCase(VI)));
        String[] words = place.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                s.append(' ').append(i == 0 ? words[i].toLowerCase(VI) : capitalize(words[i].toLowerCase(VI)));
            }
        }
        return s.toString();
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static String capitalize(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(VI) + w.substring(1);
    }

    /**
     * The issuer's name as printed, broken where the words do: the body, then its place ("ỦY BAN NHÂN DÂN" /
     * "TỈNH BẮC GIANG"); a short name ("UBND TỈNH BẮC GIANG") or one without a place word stays on one line.
     */
    public static List<String> issuerLines(String issuer) {
        String upper = issuer == null ? "" : String.join(" ", issuer.toUpperCase(Locale.ROOT).strip().split("\\s+"));
        String body = body(upper);
        String rest = upper.substring(body.length()).strip();
        return rest.isEmpty() || upper.length() <= ONE_LINE ? List.of(upper) : List.of(body, rest);
    }

    /** Capitals that fit the issuer's column (40% of the type area) on one line at 13 pt bold. */
    private static final int ONE_LINE = 24;

    /** The place part of an issuer's name in capitals ("TỈNH BẮC GIANG"), empty when it has none. */
    static String place(String issuer) {
        String upper = issuer == null ? "" : String.join(" ", issuer.toUpperCase(Locale.ROOT).strip().split("\\s+"));
        return upper.substring(body(upper).length()).strip();
    }

    /** The body's name without its place, e.g. "ỦY BAN NHÂN DÂN" for "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG". */
    static String body(String issuer) {
        String upper = issuer == null ? "" : issuer.toUpperCase(Locale.ROOT).strip();
        List<String> words = new ArrayList<>();
        for (String w : upper.split("\\s+")) {
            if (PLACE_WORDS.contains(w) && !words.isEmpty()) {
                break;
            }
            words.add(w);
        }
        return String.join(" ", words);
    }

    /** Initials of the body without diacritics: "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG" gives "UBND". */
    public static String defaultSymbol(String issuer) {
        StringBuilder symbol = new StringBuilder();
        for (String w : body(issuer).split("\\s+")) {
            if (!w.isEmpty()) {
                symbol.append(ascii(w.substring(0, 1)));
            }
        }
        return symbol.isEmpty() ? "GM" : symbol.toString();
    }

    /** The signer's title lines (the title may hold "KT. CHỦ TỊCH" and "PHÓ CHỦ TỊCH" on two lines). */
    public List<String> signerTitleLines() {
        return Arrays.stream(signerTitle.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String ascii(String s) {
        String d = s.replace('Đ', 'D').replace('đ', 'd');
        return Normalizer.normalize(d, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
