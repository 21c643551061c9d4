package vn.tongket.invitation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.MailServer;
import vn.tongket.support.PageForms;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mass and permanent actions on invitations: each states what it will do and is refused without its ticked box; a
 * numbered letter is withdrawn, never deleted; all letters print as one PDF.
 */
@QuarkusTest
class MassActionSafetyTest {

    private static final Map<String, String> CONFIRMED = Map.of("confirm", "yes");

    private MailServer smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void deletingADelegateWithANumberedLetterWithdrawsItAndKeepsTheRegister() {
        long id = Invitations.futureConference("Hội nghị thu hồi giấy mời");
        long kept = Api.addDelegate(id, "Trần Hưng Đạo", "dao@example.vn", "GUEST", 1);
        long gone = Api.addDelegate(id, "Lý Thường Kiệt", "kiet@example.vn", "GUEST", 2);
        String token = Invitations.tokenOf(id, gone);
        String number = number(id, gone);
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then().body("queued", equalTo(2));
        PageForms organizer = PageForms.as(Api.ORGANIZER);
        String delete = "/conferences/" + id + "/delegates/" + gone + "/delete";

        organizer.get(delete).then().statusCode(200)
                .body(containsString("Giấy mời của Lý Thường Kiệt đã có số " + number + " nên không xóa được"))
                .body(containsString("Tôi xác nhận thu hồi giấy mời " + number));
        organizer.post(delete, delete, CONFIRMED).then().statusCode(303)
                .header("Location", containsString("notice="));

        organizer.get("/conferences/" + id).then().statusCode(200)
                .body(containsString("Trần Hưng Đạo")).body(not(containsString("Lý Thường Kiệt")));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/delegates/" + gone).then().statusCode(404);
        List<Map<String, Object>> register = Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/invitations")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(2, register.size(), "the withdrawn letter stays in the register");
        assertEquals("WITHDRAWN", register.stream().filter(i -> ((Number) i.get("delegateId")).longValue() == gone)
                .findFirst().orElseThrow().get("status"));
        String page = organizer.get("/conferences/" + id + "/invitations").then().statusCode(200).extract().asString();
        assertTrue(page.contains(number) && page.contains("Lý Thường Kiệt") && page.contains("Đã thu hồi"), page);
        organizer.get("/conferences/" + id + "/outbox").then().statusCode(200).body(containsString("kiet@example.vn"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then().body("invited", equalTo(1));

        io.restassured.RestAssured.given().get("/rsvp/" + token).then().statusCode(200)
                .body(containsString("id=\"rsvp-withdrawn\""))
                .body(containsString("Giấy mời này đã được thu hồi"))
                .body(not(containsString("id=\"rsvp-form\"")));
        // The withdrawn page has no form: a form kept open from before the withdrawal posts with another page's token.
        Response open = io.restassured.RestAssured.given().get("/rsvp/" + Invitations.tokenOf(id, kept));
        io.restassured.RestAssured.given().redirects().follow(false).cookie("csrf-token", open.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", open.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .formParam("answer", "ACCEPT").post("/rsvp/" + token)
                .then().statusCode(409).body(containsString("Giấy mời này đã được thu hồi"));
        Api.as(Api.ORGANIZER).body("{\"code\": \"" + token + "\"}").post("/api/conferences/" + id + "/checkins")
                .then().statusCode(409).body("detail", containsString("đã bị thu hồi"));
        assertEquals(kept, ((Number) register.get(0).get("delegateId")).longValue());
    }

    @Test
    void theApiDeleteWithdrawsANumberedLetterTooAndDeletesADelegateWithout() {
        long id = Invitations.futureConference("Hội nghị xóa qua API");
        long invited = Api.addDelegate(id, "Nguyễn Trãi", "trai@example.vn", "GUEST", 1);
        Invitations.issue(id);
        long late = Api.addDelegate(id, "Lê Lợi", null, "GUEST", 2);

        Api.as(Api.ORGANIZER).delete("/api/conferences/" + id + "/delegates/" + invited).then().statusCode(204);
        Api.as(Api.ORGANIZER).delete("/api/conferences/" + id + "/delegates/" + late).then().statusCode(204);

        assertEquals(List.of("WITHDRAWN"), Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/invitations")
                .then().extract().jsonPath().getList("status"));
        assertEquals(0, Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/delegates").then().statusCode(200)
                .extract().jsonPath().getList("$").size());
    }

    @Test
    void deletingWithoutTheTickedBoxIsRefusedAndChangesNothing() {
        long id = Invitations.futureConference("Hội nghị xóa chưa xác nhận");
        long d = Api.addDelegate(id, "Hồ Quý Ly", null, "PARTICIPANT", 1);
        PageForms organizer = PageForms.as(Api.ORGANIZER);
        String delete = "/conferences/" + id + "/delegates/" + d + "/delete";

        organizer.get(delete).then().statusCode(200)
                .body(containsString("Đại biểu Hồ Quý Ly sẽ bị xóa khỏi danh sách"));
        organizer.post(delete, delete, Map.of()).then().statusCode(400)
                .body(containsString("id=\"delete-confirm-error\""))
                .body(containsString("Hãy đánh dấu ô xác nhận"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/delegates/" + d).then().statusCode(200);

        organizer.post(delete, delete, CONFIRMED).then().statusCode(303);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/delegates/" + d).then().statusCode(404);
    }

    @Test
    void sendingStatesItsCountsWarnsAndIsRefusedWithoutTheTickedBox() {
        long id = Invitations.futureConference("Hội nghị gửi có xác nhận");
        Api.addDelegate(id, "Phạm Ngũ Lão", "lao@example.vn", "GUEST", 1);
        Api.addDelegate(id, "Yết Kiêu", "kieu@example.vn", "GUEST", 2);
        Api.addDelegate(id, "Dã Tượng", null, "PARTICIPANT", 3);
        Invitations.issue(id);
        PageForms organizer = PageForms.as(Api.ORGANIZER);
        String page = "/conferences/" + id + "/invitations";

        organizer.get(page).then().statusCode(200)
                .body(containsString("Gửi giấy mời tới 2 đại biểu có email; 1 đại biểu chưa có email sẽ nhận thư in."))
                .body(containsString("Tôi xác nhận gửi 2 giấy mời qua thư điện tử"))
                // The test profile keeps the default public address: every link in the letters would be dead.
                .body(containsString("id=\"warn-base-url\""))
                .body(containsString("TONGKET_BASE_URL"))
                .body(not(containsString("id=\"warn-started\"")));

        organizer.post(page, page + "/send", Map.of()).then().statusCode(400)
                .body(containsString("id=\"send-confirm-error\""));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then().body("queued", equalTo(0));

        organizer.post(page, page + "/send", CONFIRMED).then().statusCode(303);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then()
                .body("queued", equalTo(2));
    }

    @Test
    void aConferenceThatHasStartedIsWarnedAboutBeforeSending() {
        long id = Api.as(Api.ORGANIZER).body("""
                {"title": "Hội nghị đã qua", "reviewYear": 2022, "startsAt": "2023-01-10T07:30",
                 "endsAt": "2023-01-10T11:30", "venue": {"name": "Hội trường", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang"}
                """).post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addDelegate(id, "Trần Nhật Duật", "duat@example.vn", "GUEST", 1);
        Invitations.issue(id);
        PageForms.as(Api.ORGANIZER).get("/conferences/" + id + "/invitations").then().statusCode(200)
                .body(containsString("id=\"warn-started\""))
                .body(containsString("Hội nghị đã bắt đầu (07:30 10/01/2023)"));
    }

    @Test
    void onlyTheDefaultLocalAddressIsWarnedAbout() {
        assertTrue(InvitationPages.localBaseUrl("http://localhost:8080"));
        assertTrue(InvitationPages.localBaseUrl("http://127.0.0.1:8080/"));
        assertFalse(InvitationPages.localBaseUrl("https://tongket.bacgiang.gov.vn"));
    }

    @Test
    void delegatesAddedAfterIssuingAreCountedAndOfferedTheirLetters() {
        long id = Invitations.futureConference("Hội nghị bổ sung đại biểu");
        Api.addDelegate(id, "Trần Quang Khải", null, "GUEST", 1);
        Invitations.issue(id);
        PageForms organizer = PageForms.as(Api.ORGANIZER);
        String page = "/conferences/" + id + "/invitations";
        organizer.get(page).then().statusCode(200).body(not(containsString("id=\"without-letter\"")));

        Api.addDelegate(id, "Ban CHQS xã Tân Mỹ", null, "AWARDEE", 2);
        Api.addDelegate(id, "Nguyễn Thị Hoa", null, "AWARDEE", 3);
        organizer.get(page).then().statusCode(200)
                .body(containsString("id=\"without-letter\""))
                .body(containsString("2 đại biểu chưa có giấy mời"))
                .body(containsString("Phát hành giấy mời cho 2 đại biểu này"));
        organizer.post(page, page + "/issue", Map.of()).then().statusCode(303);
        organizer.get(page).then().statusCode(200).body(not(containsString("id=\"without-letter\"")));
    }

    @Test
    void remindingNamesWhoGetsItTellsTheLastReminderAndNeedsTheTickedBox() {
        smtp = MailServer.started();
        long id = Invitations.futureConference("Hội nghị nhắc có xác nhận");
        long answered = Api.addDelegate(id, "Người Đã Trả Lời", "da-tra-loi@example.vn", "GUEST", 1);
        Api.addDelegate(id, "Người Im Lặng", "im-lang@example.vn", "GUEST", 2);
        String token = Invitations.tokenOf(id, answered);
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then().body("queued", equalTo(2));
        MailDeliveryTest.await("both invitations are sent", () -> Api.as(Api.ORGANIZER)
                .get("/api/conferences/" + id + "/attendance").jsonPath().getInt("sent") == 2);
        Invitations.answer(token, "ACCEPT", null, null).then().statusCode(303);
        PageForms organizer = PageForms.as(Api.ORGANIZER);
        String page = "/conferences/" + id + "/invitations";

        String before = organizer.get(page).then().statusCode(200).extract().asString();
        String list = before.replaceAll("(?s).*<ol class=\"remind-list\" id=\"remind-list\">(.*?)</ol>.*", "$1");
        assertTrue(list.contains("Người Im Lặng") && !list.contains("Người Đã Trả Lời"), list);
        assertTrue(before.contains("Nhắc 1 đại biểu đã nhận giấy mời qua thư điện tử mà chưa trả lời"), before);
        assertTrue(before.contains("Chưa nhắc lần nào."), before);

        organizer.post(page, page + "/remind", Map.of()).then().statusCode(400)
                .body(containsString("id=\"remind-confirm-error\""));
        organizer.post(page, page + "/remind", CONFIRMED).then().statusCode(303)
                .header("Location", containsString("notice="));
        MailDeliveryTest.await("the reminder arrives", () -> smtp.to("im-lang@example.vn").size() == 2);
        assertEquals(1, smtp.to("da-tra-loi@example.vn").size(), "no reminder for who has answered");
        organizer.get(page).then().statusCode(200)
                .body(containsString("Lần nhắc gần nhất: "))
                .body(containsString("id=\"remind-nobody\""));
    }

    @Test
    void allLettersPrintAsOnePdfOneLetterAPageWithdrawnLeftOut() throws IOException {
        long id = Invitations.futureConference("Hội nghị in giấy mời");
        List<String> names = List.of("Nguyễn Huệ", "Nguyễn Lữ", "Nguyễn Nhạc");
        List<Long> ids = names.stream().map(n -> Api.addDelegate(id, n, null, "GUEST", null)).toList();
        Invitations.issue(id);
        Api.as(Api.ORGANIZER).delete("/api/conferences/" + id + "/delegates/" + ids.get(1)).then().statusCode(204);
        PageForms organizer = PageForms.as(Api.ORGANIZER);

        List<String> pages = pages(organizer.get("/conferences/" + id + "/invitations/letters.pdf"));
        assertEquals(2, pages.size(), "one page a letter, the withdrawn one left out");
        assertTrue(pages.get(0).contains("Nguyễn Huệ") && pages.get(0).contains("GIẤY MỜI"), pages.get(0));
        // One letter, one number: every personal copy carries the letter's number.
        assertTrue(pages.get(0).contains("Số: 07/GM-UBND"), pages.get(0));
        assertTrue(pages.get(1).contains("Nguyễn Nhạc") && pages.get(1).contains("Số: 07/GM-UBND"), pages.get(1));
        assertFalse(String.join("", pages).contains("Nguyễn Lữ"));

        long third = invitationId(id, ids.get(2));
        List<String> selected = pages(organizer.get("/conferences/" + id + "/invitations/letters.pdf?ids=" + third));
        assertEquals(1, selected.size());
        assertTrue(selected.get(0).contains("Nguyễn Nhạc"), selected.get(0));

        long withdrawn = invitationId(id, ids.get(1));
        organizer.get("/conferences/" + id + "/invitations/letters.pdf?ids=" + withdrawn).then().statusCode(400)
                .body(containsString("Không có giấy mời nào để in"));
    }

    /** The text of each page of a PDF answer. */
    private static List<String> pages(Response pdf) throws IOException {
        byte[] bytes = pdf.then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        // Kept for a reviewer to look at, as the journeys keep their screenshots.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/letters-" + doc.getNumberOfPages()
                    + ".pdf"), bytes);
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> texts = new java.util.ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(doc));
            }
            return texts;
        }
    }

    private static Map<String, Object> invitation(long conferenceId, long delegateId) {
        return Api.as(Api.ORGANIZER).get("/api/conferences/" + conferenceId + "/invitations").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(i -> ((Number) i.get("delegateId")).longValue() == delegateId).findFirst().orElseThrow();
    }

    private static long invitationId(long conferenceId, long delegateId) {
        return ((Number) invitation(conferenceId, delegateId).get("id")).longValue();
    }

    private static String number(long conferenceId, long delegateId) {
        Map<String, Object> i = invitation(conferenceId, delegateId);
        // The letter's number (futureConference registers it as 07), the same on every copy.
        return "07/GM-" + i.get("symbol");
    }
}
