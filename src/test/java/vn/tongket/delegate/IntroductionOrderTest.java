package vn.tongket.delegate;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: the MC's introduction list names who presides first, then follows the plan's order (Thường trực Tỉnh ủy,
 * HĐND, UBND tỉnh; guests from above; participants; awardees), with ranks and Party titles, and introduces nobody
 * twice.
 */
@QuarkusTest
class IntroductionOrderTest {

    private static long delegate(long conferenceId, String json) {
        return Api.as(Api.ORGANIZER).body(json).post("/api/conferences/" + conferenceId + "/delegates").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void presidingFirstThenStandingGuestsParticipantsAwardeesAndNobodyTwice() throws Exception {
        String title = "Hội nghị thứ tự giới thiệu";
        long c = Api.createConference(title, false);
        // Precedence alone would put the participant first: the plan's order is the sections'.
        delegate(c, """
                {"fullName": "Vương Đình Khánh", "rank": "Thượng tá", "position": "Chỉ huy trưởng",
                 "organization": "Ban CHQS huyện Lục Nam", "category": "PARTICIPANT", "precedence": 1}""");
        delegate(c, """
                {"fullName": "Nguyễn Đức Thắng", "rank": "Thiếu tướng", "position": "Phó Tư lệnh",
                 "organization": "Bộ Tư lệnh Quân khu 1", "category": "GUEST", "precedence": 2}""");
        delegate(c, """
                {"fullName": "Cao Thị Thanh Hoa", "partyTitle": "Phó Bí thư Tỉnh ủy", "position": "Chủ tịch HĐND tỉnh",
                 "organization": "HĐND tỉnh Bắc Giang", "category": "PARTICIPANT", "provincialStanding": true,
                 "precedence": 30}""");
        long chairman = delegate(c, """
                {"fullName": "Vũ Đình Khương", "partyTitle": "Phó Bí thư Tỉnh ủy", "position": "Chủ tịch UBND tỉnh",
                 "organization": "UBND tỉnh Bắc Giang", "category": "PARTICIPANT", "provincialStanding": true,
                 "precedence": 40}""");
        // Awarded after the decision: already introduced as a participant, so not again.
        delegate(c, """
                {"fullName": "Vương Đình Khánh", "rank": "Thượng tá", "position": "Chỉ huy trưởng",
                 "organization": "Ban CHQS huyện Lục Nam", "category": "AWARDEE", "precedence": 100}""");
        delegate(c, """
                {"fullName": "Đại diện Ban CHQS xã Tân Mỹ", "organization": "Ban CHQS xã Tân Mỹ",
                 "category": "AWARDEE", "collective": true, "precedence": 110}""");
        Api.as(Api.ORGANIZER).body("""
                {"title": "%s", "reviewYear": 2023, "startsAt": "2023-12-08T07:30", "endsAt": "2023-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Đường Võ Nguyên Giáp, Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang",
                 "protocol": {"presidingDelegateId": %d}}""".formatted(title, chairman))
                .put("/api/conferences/" + c).then().statusCode(200);

        byte[] pdf = Api.page(Api.ORGANIZER).get("/conferences/" + c + "/introduction.pdf").then().statusCode(200)
                .extract().asByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "letters", "introduction-" + c + ".pdf"), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = sortedText(doc).replaceAll("\\s+", " ");
        }
        List<String> inOrder = List.of(
                "Đồng chí Vũ Đình Khương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang chủ trì Hội nghị.",
                "I. THƯỜNG TRỰC TỈNH ỦY, HĐND, UBND TỈNH",
                "Đồng chí Cao Thị Thanh Hoa, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bắc Giang",
                "II. ĐẠI BIỂU KHÁCH MỜI",
                "Đồng chí Thiếu tướng Nguyễn Đức Thắng, Phó Tư lệnh Quân khu 1",
                "III. THÀNH PHẦN HỘI NGHỊ",
                "Đồng chí Thượng tá Vương Đình Khánh, Chỉ huy trưởng Ban Chỉ huy quân sự huyện Lục Nam",
                "IV. TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
                "Đại diện Ban Chỉ huy quân sự xã Tân Mỹ");
        int at = -1;
        for (String expected : inOrder) {
            int next = text.indexOf(expected, at + 1);
            assertTrue(next > at, expected + " after the line before it in " + text);
            at = next;
        }
        assertEquals(1, occurrences(text, "Vương Đình Khánh"), "introduced once: " + text);
        assertEquals(1, occurrences(text, "Vũ Đình Khương"), "who presides is named once: " + text);

        // The page, one section at a time, agrees with the PDF.
        String page = Api.page(Api.ORGANIZER).get("/conferences/" + c + "/introduction").then().statusCode(200)
                .extract().asString();
        assertEquals(1, occurrences(page, "Vương Đình Khánh"), page);
        assertTrue(page.indexOf("Cao Thị Thanh Hoa") < page.indexOf("Nguyễn Đức Thắng"), page);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The text in reading order (by position): a centred line's parts in the order they are printed. */
    private static String sortedText(PDDocument doc) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(doc);
    }
}
