package vn.tongket.invitation;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, read from the rendered letters: the issuer broken where its words do, the signer's name, salutations with
 * rank and Party title, who presides named (and not invited), start and end time, an awardee unit addressed as the
 * unit, and a position that names its organisation not followed by it again.
 */
@QuarkusTest
class AddressedLetterTest {

    static long delegate(long conferenceId, String json) {
        return Api.as(Api.ORGANIZER).body(json).post("/api/conferences/" + conferenceId + "/delegates").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The conference's protocol: who presides, the letter's signer. */
    static void presidedBy(long conferenceId, String title, long presiding, int year) {
        Api.as(Api.ORGANIZER).body("""
                {"title": "%s", "reviewYear": %d, "startsAt": "%d-12-08T07:30", "endsAt": "%d-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Đường Võ Nguyên Giáp, Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang",
                 "letter": {"number": 7, "issuedOn": "%d-12-01", "signerName": "Quách Văn Thịnh"},
                 "protocol": {"presidingDelegateId": %d}}
                """.formatted(title, year - 1, year, year, year, presiding))
                .put("/api/conferences/" + conferenceId).then().statusCode(200);
    }

    private static String pdfText(long invitationId) throws Exception {
        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf")
                .get("/api/invitations/" + invitationId + "/letter.pdf").then().statusCode(200).extract().asByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "letters", "addressed-" + invitationId + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return sortedText(doc);
        }
    }

    private static long invitationOf(List<Map<String, Object>> issued, long delegateId) {
        return issued.stream().filter(i -> ((Number) i.get("delegateId")).longValue() == delegateId)
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void lettersUseRankAndPartyTitleNameWhoPresidesAndAddressAUnitAsTheUnit() throws Exception {
        String title = "Hội nghị giấy mời xưng hô";
        int year = java.time.Year.now().getValue() + 1;
        long c = Invitations.futureConference(title);
        long chairman = delegate(c, """
                {"fullName": "Vũ Đình Khương", "partyTitle": "Phó Bí thư Tỉnh ủy", "position": "Chủ tịch UBND tỉnh",
                 "organization": "UBND tỉnh Bắc Giang", "category": "PARTICIPANT", "provincialStanding": true,
                 "email": "chutich@example.vn"}""");
        long general = delegate(c, """
                {"fullName": "Nguyễn Đức Thắng", "rank": "Thiếu tướng", "position": "Phó Tư lệnh",
                 "organization": "Bộ Tư lệnh Quân khu 1", "category": "GUEST", "email": "thang@example.vn"}""");
        long commune = delegate(c, """
                {"fullName": "Hoàng Thị Yến", "position": "Chủ tịch UBND", "organization": "UBND xã Tam Đa",
                 "category": "PARTICIPANT"}""");
        long unit = delegate(c, """
                {"fullName": "Đại diện Ban CHQS xã Tân Mỹ", "organization": "Ban CHQS xã Tân Mỹ",
                 "category": "AWARDEE", "collective": true}""");
        presidedBy(c, title, chairman, year);

        List<Map<String, Object>> issued = Invitations.issue(c);
        assertTrue(issued.stream().noneMatch(i -> ((Number) i.get("delegateId")).longValue() == chairman),
                "who presides gets no letter: " + issued);

        String raw = pdfText(invitationOf(issued, general));
        assertTrue(raw.matches("(?s).*ỦY BAN NHÂN DÂN[^\\n]*\\R\\s*TỈNH BẮC GIANG.*"), "issuer on two lines: " + raw);
        String letter = flat(raw);
        for (String expected : List.of(
                "Kính gửi: Đồng chí Thiếu tướng Nguyễn Đức Thắng, Phó Tư lệnh Quân khu 1.",
                "Đồng chí Vũ Đình Khương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang chủ trì Hội nghị.",
                "Thời gian: Từ 07 giờ 30 phút đến 11 giờ 30 phút",
                "Số: 07/GM-UBND", "Quách Văn Thịnh")) {
            assertTrue(letter.contains(expected), expected + " in " + letter);
        }
        assertTrue(letter.indexOf("Quách Văn Thịnh") > letter.indexOf("PHÓ CHỦ TỊCH"), "the name under the title");

        String chairOfCommune = flat(pdfText(invitationOf(issued, commune)));
        assertTrue(chairOfCommune.contains("Kính gửi: Đồng chí Hoàng Thị Yến, Chủ tịch UBND xã Tam Đa."), chairOfCommune);
        assertFalse(chairOfCommune.contains("UBND, UBND"), chairOfCommune);

        String toUnit = flat(pdfText(invitationOf(issued, unit)));
        assertTrue(toUnit.contains("Kính gửi: Ban Chỉ huy quân sự xã Tân Mỹ."), toUnit);
        assertTrue(toUnit.contains("trân trọng kính mời Ban Chỉ huy quân sự xã Tân Mỹ cử đại diện tới dự"), toUnit);
        assertFalse(toUnit.contains("Đồng chí Đại diện"), toUnit);
    }

    /** The text in reading order (by position): a centred line's parts in the order they are printed. */
    private static String sortedText(PDDocument doc) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(doc);
    }
}
