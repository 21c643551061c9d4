package vn.tongket.invitation;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: a Giấy mời is one document with one number and one date of issue, given by the văn thư; until then its
 * copies are drafts (DỰ THẢO, blank number) and are not sent; copies issued after it went out form a supplementary
 * letter with its own number and date.
 */
@QuarkusTest
class LetterNumberTest {

    private static final int YEAR = java.time.Year.now().getValue() + 1;

    /** A conference next year whose letter the văn thư has not registered yet. */
    private static long draftConference(String title) {
        return Api.as(Api.ORGANIZER).body(body(title, null)).post("/api/conferences").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String body(String title, String letter) {
        return """
                {"title": "%s", "reviewYear": %d, "startsAt": "%d-12-08T07:30", "endsAt": "%d-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang"%s}
                """.formatted(title, YEAR - 1, YEAR, YEAR, letter == null ? "" : ", \"letter\": " + letter);
    }

    private static String pdfText(long invitationId) throws Exception {
        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf")
                .get("/api/invitations/" + invitationId + "/letter.pdf").then().statusCode(200).extract().asByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "letters", "giay-moi-" + invitationId + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static long idOf(List<Map<String, Object>> issued, long delegateId) {
        return issued.stream().filter(i -> ((Number) i.get("delegateId")).longValue() == delegateId)
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();
    }

    @Test
    void aDraftIsMarkedLeavesNumberAndDayBlankAndIsNotSent() throws Exception {
        long id = draftConference("Hội nghị giấy mời dự thảo");
        long d = Api.addDelegate(id, "Trần Quang Khải", "khai@example.vn", "GUEST", 1);
        long invitation = idOf(Invitations.issue(id), d);

        String text = pdfText(invitation);
        assertTrue(text.contains("DỰ THẢO"), text);
        assertFalse(text.matches("(?s).*Số: *\\d.*"), "no number on a draft: " + text);
        assertTrue(text.contains("/GM-UBND"), text);
        assertTrue(text.matches("(?s).*Bắc Giang, ngày[\\s\\u00a0]+tháng[\\s\\u00a0]+năm " + YEAR + ".*"), text);

        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then().statusCode(409)
                .body("detail", containsString("Số giấy mời (văn thư cấp), Ngày ban hành giấy mời"));
        Api.as(Api.ORGANIZER).header("Accept-Language", "en").post("/api/conferences/" + id + "/invitations/send")
                .then().statusCode(409).body("detail", containsString("still a draft"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/invitations").then().statusCode(200)
                .body("[0].status", equalTo("ISSUED"));

        // Half a registration is still a draft, and the answer says which half is missing.
        Api.as(Api.ORGANIZER).body(body("Hội nghị giấy mời dự thảo", "{\"number\": 7}"))
                .put("/api/conferences/" + id).then().statusCode(200);
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then().statusCode(409)
                .body("detail", containsString("thiếu: Ngày ban hành giấy mời)"));
    }

    @Test
    void everyCopyCarriesTheLettersNumberAndDateOfIssueAndLaterOnesTheSupplements() throws Exception {
        long id = draftConference("Hội nghị giấy mời vào sổ");
        long a = Api.addDelegate(id, "Phạm Ngũ Lão", "lao@example.vn", "GUEST", 1);
        long b = Api.addDelegate(id, "Yết Kiêu", "kieu@example.vn", "PARTICIPANT", 2);
        Invitations.issue(id);
        // The văn thư registers the letter: number 7, issued on 05/03 (a month without a leading zero).
        Api.as(Api.ORGANIZER).body(body("Hội nghị giấy mời vào sổ",
                        "{\"number\": 7, \"issuedOn\": \"%d-03-05\"}".formatted(YEAR)))
                .put("/api/conferences/" + id).then().statusCode(200)
                .body("letter.number", equalTo(7)).body("letter.issuedOn", equalTo(YEAR + "-03-05"));
        List<Map<String, Object>> issued = Invitations.issue(id);
        for (long delegate : List.of(a, b)) {
            String text = pdfText(idOf(issued, delegate));
            assertTrue(text.contains("Số: 07/GM-UBND"), text);
            assertTrue(text.contains("Bắc Giang, ngày 05 tháng 3 năm " + YEAR), text);
            assertFalse(text.contains("DỰ THẢO"), text);
        }
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then().statusCode(202)
                .body("queued", equalTo(2));

        // An awardee added after the letter went out: a supplementary copy, refused until it has its own number.
        long c = Api.addDelegate(id, "Dã Tượng", "tuong@example.vn", "PARTICIPANT", 3);
        long late = idOf(Invitations.issue(id), c);
        String draft = pdfText(late);
        assertTrue(draft.contains("DỰ THẢO"), draft);
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then().statusCode(409)
                .body("detail", containsString("Giấy mời bổ sung"));
        Api.as(Api.ORGANIZER).body(body("Hội nghị giấy mời vào sổ", """
                        {"number": 7, "issuedOn": "%d-03-05", "supplementNumber": 12, "supplementIssuedOn": "%d-02-09"}
                        """.formatted(YEAR, YEAR)))
                .put("/api/conferences/" + id).then().statusCode(200);
        String text = pdfText(late);
        assertTrue(text.contains("Số: 12/GM-UBND"), text);
        assertTrue(text.contains("Bắc Giang, ngày 09 tháng 02 năm " + YEAR), text);
        assertTrue(pdfText(idOf(issued, a)).contains("Số: 07/GM-UBND"), "the first copies keep the letter's number");
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then().statusCode(202)
                .body("queued", equalTo(1));
    }

    @Test
    void theEditPageRegistersNumberAndDateAndRefusesANonNumber() {
        long id = draftConference("Hội nghị vào sổ trên trang");
        String edit = "/conferences/" + id + "/edit";
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        Map<String, String> form = new LinkedHashMap<>(Map.of("title", "Hội nghị vào sổ trên trang",
                "reviewYear", String.valueOf(YEAR - 1), "startsAt", YEAR + "-12-08T07:30",
                "endsAt", YEAR + "-12-08T11:30", "venueName", "Hội trường Bộ CHQS tỉnh", "venueAddress", "Bắc Giang",
                "issuer", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place", "Bắc Giang"));
        form.put("letterNumber", "bảy");
        form.put("letterIssuedOn", YEAR + "-12-01");
        var refused = clerk.post(edit, edit, form);
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals(YEAR + "-12-01", page.getElementById("letter-issued-on").val(), "kept as typed");

        form.put("letterNumber", "7");
        assertEquals(303, clerk.post(edit, edit, form).statusCode());
        Document again = Jsoup.parse(clerk.get(edit).asString());
        assertEquals("7", again.getElementById("letter-number-field").val());
        assertEquals(YEAR + "-12-01", again.getElementById("letter-issued-on").val());
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id).then().statusCode(200)
                .body("letter.number", equalTo(7)).body("letter.issuedOn", equalTo(YEAR + "-12-01"));
    }
}
