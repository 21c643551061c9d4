package vn.tongket.delegate;

import io.quarkus.qute.TemplateExtension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How documents name a delegate (issue 19): "Đồng chí Thiếu tướng Nguyễn Đức Thắng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND
 * tỉnh Bắc Giang". Rank before the name, Party title before the position; a position that already names its
 * organisation is not followed by it again ("Chủ tịch UBND xã Tam Đa", not "Chủ tịch UBND, UBND xã Tam Đa"); an
 * awardee unit is addressed as the unit. Official names are written in full ("Ban Chỉ huy quân sự"): the decree keeps
 * abbreviations for the signature and recipient lines.
 */
@TemplateExtension
public final class Addressing {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** First words of a place name that follow a position in lower case ("Chủ tịch UBND xã Tân Mỹ"). */
    private static final Set<String> PLACE_WORDS = Set.of("xã", "phường", "thị", "huyện", "tỉnh", "quận", "thành",
            "đặc");

    /** Abbreviations written out in documents, longest first. */
    private static final String[][] FULL_NAMES = {
            {"Bộ CHQS", "Bộ Chỉ huy Quân sự"},
            {"Ban CHQS", "Ban Chỉ huy quân sự"},
            {"BCHQS", "Ban Chỉ huy quân sự"},
            {"Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"},
            {"Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam"},
            {"Đoàn ĐBQH", "Đoàn đại biểu Quốc hội"}};

    private Addressing() {
    }

    /** "Đồng chí Thiếu tướng Nguyễn Đức Thắng, Phó Tư lệnh Quân khu 1", or the unit for an awardee collective. */
    public static String salutation(Delegate d) {
        if (d.collective) {
            return unit(d);
        }
        String titles = titles(d);
        return "Đồng chí " + nameWithRank(d) + (titles.isEmpty() ? "" : ", " + titles);
    }

    /** The introduction list's line: the person for an individual, the representative of a unit otherwise. */
    public static String introduction(Delegate d) {
        if (!d.collective) {
            return salutation(d);
        }
        String unit = unit(d);
        if (d.fullName == null || d.fullName.startsWith("Đại diện")) {
            return "Đại diện " + unit;
        }
        String position = official(d.position);
        return "Đồng chí " + nameWithRank(d) + ", " + (position == null ? "" : position + ", ") + "đại diện " + unit;
    }

    /** "Thiếu tướng Nguyễn Đức Thắng". */
    public static String nameWithRank(Delegate d) {
        return d.rank == null ? d.fullName : d.rank + " " + d.fullName;
    }

    /** "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang": Party title, then the position with its organisation. */
    public static String titles(Delegate d) {
        List<String> parts = new ArrayList<>();
        if (d.partyTitle != null) {
            parts.add(official(d.partyTitle));
        }
        String post = positionIn(official(d.position), official(d.organizationName()));
        if (post != null) {
            parts.add(post);
        }
        return String.join(", ", parts);
    }

    /** The unit an awardee collective stands for, in full ("Ban Chỉ huy quân sự xã Tân Mỹ"). */
    public static String unit(Delegate d) {
        String org = official(d.organizationName());
        return org == null ? d.fullName : org;
    }

    /**
     * The position followed by its organisation, words they share said once: "Chủ tịch UBND" and "UBND xã Tam Đa"
     * give "Chủ tịch UBND xã Tam Đa"; "Phó Tư lệnh" and "Bộ Tư lệnh Quân khu 1" give "Phó Tư lệnh Quân khu 1"; a
     * position that holds the whole organisation ("Giám đốc Sở Nội vụ") stands alone.
     */
    public static String positionIn(String position, String organization) {
        if (organization == null) {
            return position;
        }
        if (position == null) {
            return organization;
        }
        if (position.toLowerCase(VI).contains(organization.toLowerCase(VI))) {
            return position;
        }
        String[] p = position.split("\\s+");
        String[] o = organization.split("\\s+");
        // The organisation's name may open with its kind ("Bộ", "Ban"), which the head's title leaves out.
        for (int skip = 0; skip <= 1; skip++) {
            for (int k = Math.min(p.length, o.length - skip); k >= (skip == 0 ? 1 : 2); k--) {
                // One shared word must be a real one ("UBND", "ban"), not a syllable like "ủy" of "Đảng ủy".
                String last = p[p.length - 1].toLowerCase(VI);
                if ((k > 1 || last.length() >= 3 || PLACE_WORDS.contains(last))
                        && same(Arrays.copyOfRange(p, p.length - k, p.length), Arrays.copyOfRange(o, skip, skip + k))) {
                    String rest = String.join(" ", Arrays.copyOfRange(o, skip + k, o.length));
                    return rest.isEmpty() ? position : position + " " + rest;
                }
            }
        }
        return position + " " + placeInLowerCase(organization);
    }

    /** Abbreviated official names written out: "Ban CHQS huyện Lục Nam" gives "Ban Chỉ huy quân sự huyện Lục Nam". */
    public static String official(String name) {
        if (name == null) {
            return null;
        }
        String s = name;
        for (String[] pair : FULL_NAMES) {
            s = s.replace(pair[0], pair[1]);
        }
        return s;
    }

    /** "Xã Tân Mỹ" after a position reads "xã Tân Mỹ". */
    private static String placeInLowerCase(String organization) {
        int space = organization.indexOf(' ');
        String first = space < 0 ? organization : organization.substring(0, space);
        if (PLACE_WORDS.contains(first.toLowerCase(VI))) {
            return first.toLowerCase(VI) + organization.substring(first.length());
        }
        return organization;
    }

    private static boolean same(String[] a, String[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equalsIgnoreCase(b[i])) {
                return false;
            }
        }
        return true;
    }
}
