package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.web.LanguageChoice;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history of a nomination names people and what they did in words; numbers are written the Vietnamese way. */
@QuarkusTest
class NominationHistoryTest {

    private static final String ORGANIZER_NAME = "Trợ lý Phòng Tham mưu, Bộ CHQS tỉnh";
    private static final String REVIEWER_NAME = "Chuyên viên Ban Thi đua – Khen thưởng, Sở Nội vụ";

    @Test
    void historyNamesPeopleAndActionsInWords() {
        long conf = Api.createConference("Hội nghị lịch sử đề nghị", false);
        long id = Nominations.create(conf, "INDIVIDUAL", "Đinh Văn Lịch", "Xã Lịch Sử", true);
        Nominations.submit(id);
        Nominations.review(id, "RETURN", "Bổ sung thành tích năm 2023");

        String vi = historyText(Api.page(Api.ORGANIZER).cookie(LanguageChoice.COOKIE, "vi")
                .get("/conferences/" + conf + "/nominations/" + id).then().statusCode(200).extract().asString());
        assertEquals(String.join(" | ",
                "Thời điểm", "Người thực hiện", "Việc đã làm", "Trạng thái", "Ghi chú",
                "<t>", ORGANIZER_NAME, "Tạo đề nghị", "Nháp", "",
                "<t>", ORGANIZER_NAME, "Gửi thẩm định", "Đã gửi thẩm định", "",
                "<t>", REVIEWER_NAME, "Trả lại", "Bị trả lại", "Bổ sung thành tích năm 2023"), vi);

        String en = historyText(Api.page(Api.ORGANIZER).cookie(LanguageChoice.COOKIE, "en")
                .get("/conferences/" + conf + "/nominations/" + id).then().statusCode(200).extract().asString());
        assertTrue(en.contains(REVIEWER_NAME + " | Returned | Returned | Bổ sung"), en);
        assertTrue(en.contains(ORGANIZER_NAME + " | Submitted for review | Submitted for review"), en);
        assertFalse(en.contains("SUBMITTED") || en.contains("→") || en.contains("sonoivu"), en);

        Api.as(Api.ORGANIZER).get("/api/nominations/" + id + "/history").then().statusCode(200)
                .body("actor", contains("bochqs", "bochqs", "sonoivu"))
                .body("actorName", contains(ORGANIZER_NAME, ORGANIZER_NAME, REVIEWER_NAME))
                .body("action", contains("CREATE", "SUBMIT", "RETURN"));
    }

    @Test
    void coefficientsAndRatesAreWrittenTheVietnameseWay() throws Exception {
        assertEquals("1,5", DisplayFormats.number(new BigDecimal("1.5")));
        assertEquals("1,5", DisplayFormats.number(new BigDecimal("1.500")));
        assertEquals("0,25", DisplayFormats.number(new BigDecimal("0.25")));
        assertEquals("2.340.000", DisplayFormats.number(new BigDecimal("2340000.00")));
        assertEquals("1.234.567,891", DisplayFormats.number(new BigDecimal("1234567.891")));
        assertEquals("0", DisplayFormats.number(BigDecimal.ZERO));
        assertEquals("", DisplayFormats.number(null));

        String rates = Api.page(Api.ADMIN).cookie(LanguageChoice.COOKIE, "vi").get("/admin/prize-rates").then()
                .statusCode(200).extract().asString();
        assertTrue(rates.contains("value=\"2.340.000\""), rates);
        assertTrue(rates.contains("value=\"1,5\""), rates);

        long conf = Api.createConference("Hội nghị định dạng số", false);
        Nominations.approved(conf, "INDIVIDUAL", "Lê Văn Số", "Xã Định Dạng");
        for (String language : new String[]{"vi", "en"}) {
            String decision = Api.page(Api.APPROVER).cookie(LanguageChoice.COOKIE, language)
                    .get("/conferences/" + conf + "/nominations/decision").then().statusCode(200).extract().asString();
            assertTrue(Pattern.compile("(hệ số|coefficient) 1,5;").matcher(decision).find(), decision);
            assertFalse(decision.contains(" 1.5;"), decision);
        }
        // The decision is a Vietnamese document whatever the reader's language.
        byte[] draft = Api.page(Api.APPROVER).cookie(LanguageChoice.COOKIE, "en")
                .get("/conferences/" + conf + "/nominations/documents/draft-decision.pdf?on=2026-12-05").then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(draft)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // Article 2 gives the amount alone (issue 19), in the Vietnamese format, not the calculation.
            assertTrue(Pattern.compile("cá nhân được tặng Bằng khen kèm theo tiền thưởng \\d{1,3}(\\.\\d{3})+ đồng")
                    .matcher(text).find(), text);
            assertFalse(text.contains("×") || text.contains("hệ số"), text);
        }
    }

    /** The history table's cells, " | " between them, each time replaced by "<t>" once it is checked to be a time. */
    private static String historyText(String page) {
        Matcher table = Pattern.compile("<table id=\"history-table\">(.*?)</table>", Pattern.DOTALL).matcher(page);
        assertTrue(table.find(), page);
        Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(table.group(1));
        StringBuilder cells = new StringBuilder();
        while (cell.find()) {
            String text = cell.group(1).replaceAll("<[^>]+>", "").trim();
            if (text.matches("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}")) {
                text = "<t>";
            }
            cells.append(cells.isEmpty() ? "" : " | ").append(text);
        }
        return cells.toString();
    }
}
