package vn.tongket.conference;

import java.util.Arrays;
import java.util.List;

/**
 * Who issues and signs each kind of document (issue 19): the Giấy mời and the decision are the provincial People's
 * Committee's, signed by the Chairman or a Vice-Chairman; the military command's documents carry its parent body over
 * its name and are signed by its commander. Unset values get defaults from the conference's issuer.
 *
 * <p>Layout (Decree 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.2 and II.7, chưa xác nhận against the decree's own text,
 * which the search tool does not hold; checked against its predecessor, Circular 01/2011/TT-BNV, art. 7): the parent
 * body in capitals, upright, not bold; the issuer under it in capitals, upright, bold, with a solid rule under it a
 * third to a half as long; a long name breaks into lines where its words do.
 */
@io.quarkus.qute.TemplateData
public record DocumentSigners(Issuer letter, Signer decision, Issuer command, Signer commandSigner,
                              Long presidingDelegateId) {

    /** An issuing body: its parent body (may be null) and its name, each as the lines it is printed on. */
    @io.quarkus.qute.TemplateData
    public record Issuer(String parent, String name) {

        public List<String> parentLines() {
            return parent == null ? List.of() : LetterSettings.issuerLines(parent);
        }

        public List<String> nameLines() {
            return LetterSettings.issuerLines(name);
        }
    }

    /** A signature block: the authority line ("KT. CHỦ TỊCH"; may be blank), the title lines and the name. */
    @io.quarkus.qute.TemplateData
    public record Signer(String authority, String title, String name) {

        public List<String> titleLines() {
            return Arrays.stream(title.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    public static DocumentSigners of(Conference c) {
        LetterSettings letter = c.letter();
        String place = LetterSettings.place(c.issuer);
        Issuer issuer = new Issuer(blankToNull(or(c.issuerParent, militaryParent(c.issuer, place))), c.issuer);
        // The decision is the Chairman's: a Vice-Chairman signs for him ("KT. CHỦ TỊCH"), as on the Giấy mời.
        Signer decision = new Signer(or(c.decisionSignerAuthority, "KT. CHỦ TỊCH"),
                or(c.decisionSignerTitle, "PHÓ CHỦ TỊCH"), or(c.decisionSignerName, letter.signerName()));
        String parentDefault = place.isEmpty() ? null : "UBND " + place;
        Issuer command = new Issuer(blankToNull(or(c.commandParent, parentDefault)),
                or(c.commandIssuer, "BỘ CHỈ HUY QUÂN SỰ" + (place.isEmpty() ? "" : " " + place)));
        Signer commandSigner = new Signer(or(c.commandSignerAuthority, ""), or(c.commandSignerTitle, "CHỈ HUY TRƯỞNG"),
                or(c.commandSignerName, ""));
        return new DocumentSigners(issuer, decision, command, commandSigner, c.presidingDelegateId);
    }

    /**
     * A military command's documents carry the People's Committee it belongs to above its name ("UBND TỈNH BẮC GIANG"
     * over "BỘ CHỈ HUY QUÂN SỰ TỈNH BẮC GIANG"); other issuers have no default parent.
     */
    static String militaryParent(String issuer, String place) {
        String body = LetterSettings.body(issuer);
        boolean military = body.equals("BỘ CHỈ HUY QUÂN SỰ") || body.equals("BAN CHỈ HUY QUÂN SỰ");
        return military && !place.isEmpty() ? "UBND " + place : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
