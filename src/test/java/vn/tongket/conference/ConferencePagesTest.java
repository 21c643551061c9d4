package vn.tongket.conference;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conference and agenda forms: a refusal keeps every typed value with the message by its field; success redirects. */
@QuarkusTest
class ConferencePagesTest {

    private static Map<String, String> conference(String title, String reviewYear, String endsAt) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("reviewYear", reviewYear);
        form.put("startsAt", "2026-12-08T07:30");
        form.put("endsAt", endsAt);
        form.put("venueName", "Hội trường Bộ CHQS tỉnh");
        form.put("venueAddress", "Đường Võ Nguyên Giáp, Bắc Giang");
        form.put("issuer", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG");
        form.put("place", "Bắc Giang");
        return form;
    }

    private static Map<String, String> agendaItem(String title, String startsAt, String endsAt) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("startsAt", startsAt);
        form.put("endsAt", endsAt);
        form.put("presenter", "Đồng chí Chỉ huy trưởng");
        form.put("kind", "REPORT");
        return form;
    }

    /** The message of a field, found as a screen reader finds it: through the input's aria-describedby. */
    private static String errorOf(Document page, String inputId) {
        String describedBy = page.getElementById(inputId).attr("aria-describedby");
        assertFalse(describedBy.isEmpty(), inputId + " has no message");
        assertEquals("true", page.getElementById(inputId).attr("aria-invalid"));
        return page.getElementById(describedBy).text();
    }

    @Test
    void aRefusedNewConferenceComesBackAsTypedWithMessagesByTheFields() {
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        Map<String, String> form = conference("Hội nghị tổng kết năm 2026", "hai nghìn", "");
        Response refused = clerk.post("/conferences", "/conferences", form);
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals("Hội nghị tổng kết năm 2026", page.getElementById("conf-title").val());
        assertEquals("hai nghìn", page.getElementById("conf-review-year").val());
        assertEquals("2026-12-08T07:30", page.getElementById("conf-starts-at").val());
        assertEquals("Đường Võ Nguyên Giáp, Bắc Giang", page.getElementById("conf-venue-address").val());
        assertFalse(page.getElementById("conf-standard-agenda").hasAttr("checked"), "an unticked box stays unticked");

        String yearError = errorOf(page, "conf-review-year");
        assertTrue(yearError.startsWith("Năm tổng kết: "), yearError);
        assertTrue(errorOf(page, "conf-ends-at").startsWith("Kết thúc: "));
        assertTrue(page.getElementById("conf-review-year").hasAttr("autofocus"), "the first wrong field has the focus");
        assertFalse(page.getElementById("conf-ends-at").hasAttr("autofocus"));
        assertFalse(page.getElementById("conf-title").hasAttr("aria-invalid"));
        assertTrue(page.getElementById("form-error").text().contains("2"), page.getElementById("form-error").text());
    }

    @Test
    void aNewConferenceTypedTheVietnameseWayIsCreatedAndTheBrowserRedirected() {
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        Map<String, String> form = conference("Hội nghị tạo từ trang", "2.026", "2026-12-08T11:30");
        form.put("standardAgenda", "true");
        Response created = clerk.post("/conferences", "/conferences", form);
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.header("Location");
        assertTrue(location.matches(".*/conferences/\\d+"), location);
        Document page = Jsoup.parse(clerk.get(location.substring(location.indexOf("/conferences"))).asString());
        assertEquals("Hội nghị tạo từ trang", page.getElementById("conference-title").text());
        assertEquals(6, page.select("#agenda-table tbody tr").size(), "the standard agenda was ticked");
    }

    @Test
    void aRefusedEditKeepsTheLetterSettingsAsTyped() {
        long id = Api.createConference("Hội nghị sửa thông tin", false);
        String edit = "/conferences/" + id + "/edit";
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        Map<String, String> form = conference("Hội nghị sửa thông tin", "2026", "2026-12-08T11:30");
        form.put("venueName", " ");
        form.put("letterSymbol", "BCHQS-QUÁ-DÀI-" + "X".repeat(30));
        form.put("signerAuthority", "TM. ỦY BAN NHÂN DÂN");
        form.put("signerTitle", "KT. CHỦ TỊCH\r\nPHÓ CHỦ TỊCH");
        form.put("signerName", "Nguyễn Văn Ký");
        form.put("recipients", "Như trên;\r\nLưu: VT.");
        Response refused = clerk.post(edit, edit, form);
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertTrue(errorOf(page, "conf-venue-name").startsWith("Địa điểm: "), "venue.name is shown by its field");
        assertTrue(errorOf(page, "letter-symbol").startsWith("Ký hiệu giấy mời (sau GM-): "),
                "letter.symbol is shown by its field");
        assertTrue(page.getElementById("conf-venue-name").hasAttr("autofocus"));
        assertEquals("Nguyễn Văn Ký", page.getElementById("signer-name").val());
        assertTrue(page.getElementById("signer-title").val().contains("PHÓ CHỦ TỊCH"));
        assertTrue(page.getElementById("recipients").val().contains("Lưu: VT."));

        form.put("venueName", "Hội trường mới");
        form.put("letterSymbol", "BCHQS");
        Response saved = clerk.post(edit, edit, form);
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.header("Location").endsWith("/conferences/" + id), saved.header("Location"));
        Document again = Jsoup.parse(clerk.get(edit).asString());
        assertEquals("Hội trường mới", again.getElementById("conf-venue-name").val());
        assertEquals("BCHQS", again.getElementById("letter-symbol").val());
        assertEquals("2026-12-08T07:30", again.getElementById("conf-starts-at").val());
    }

    @Test
    void aRefusedAgendaItemComesBackOnTheConferencePageAsTyped() {
        long id = Api.createConference("Hội nghị chương trình bị trả lại", false);
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        Response refused = clerk.post("/conferences/" + id, "/conferences/" + id + "/agenda",
                agendaItem("", "2023-12-08T08:00", "tám giờ rưỡi"));
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals("2023-12-08T08:00", page.getElementById("agenda-start").val());
        assertEquals("tám giờ rưỡi", page.getElementById("agenda-end").val());
        assertEquals("Đồng chí Chỉ huy trưởng", page.getElementById("agenda-presenter").val());
        assertEquals("REPORT", page.select("#agenda-kind option[selected]").val());
        assertTrue(errorOf(page, "agenda-title").startsWith("Nội dung: "));
        assertTrue(errorOf(page, "agenda-end").startsWith("Kết thúc: "));
        assertTrue(page.getElementById("agenda-title").hasAttr("autofocus"));
        assertFalse(page.getElementById("delegate-name").hasAttr("aria-invalid"), "the delegate form is not touched");

        Response added = clerk.post("/conferences/" + id, "/conferences/" + id + "/agenda",
                agendaItem("Báo cáo tổng kết", "2023-12-08T08:00", "2023-12-08T08:30"));
        assertEquals(303, added.statusCode(), added.asString());
        assertTrue(added.header("Location").endsWith("/conferences/" + id + "#agenda"), added.header("Location"));
        assertEquals(1, Jsoup.parse(clerk.get("/conferences/" + id).asString())
                .select("#agenda-table tbody tr:contains(Báo cáo tổng kết)").size());
    }

    @Test
    void anOverlappingAgendaItemIsRefusedOnTopAndItsEditKeepsWhatWasTyped() {
        long id = Api.createConference("Hội nghị sửa mục chương trình", false);
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        clerk.post("/conferences/" + id, "/conferences/" + id + "/agenda",
                agendaItem("Khai mạc", "2023-12-08T07:30", "2023-12-08T08:00"));
        clerk.post("/conferences/" + id, "/conferences/" + id + "/agenda",
                agendaItem("Báo cáo", "2023-12-08T08:00", "2023-12-08T09:00"));
        // By the title cell: the kind column says "Báo cáo" on every row of kind REPORT.
        String itemId = Jsoup.parse(clerk.get("/conferences/" + id).asString()).select("#agenda-table tbody tr").stream()
                .filter(tr -> tr.child(1).text().equals("Báo cáo")).findFirst().orElseThrow().attr("data-id");
        String edit = "/conferences/" + id + "/agenda/" + itemId + "/edit";

        Response refused = clerk.post(edit, edit, agendaItem("Báo cáo sửa lại", "2023-12-08T07:45", "2023-12-08T09:00"));
        assertEquals(409, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals("Báo cáo sửa lại", page.getElementById("agenda-title").val());
        assertEquals("2023-12-08T07:45", page.getElementById("agenda-start").val());
        assertTrue(page.getElementById("form-error").text().contains("Khai mạc"), page.getElementById("form-error").text());

        Response saved = clerk.post(edit, edit, agendaItem("Báo cáo sửa lại", "2023-12-08T08:15", "2023-12-08T09:00"));
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.header("Location").endsWith("/conferences/" + id + "#agenda"));
        Document again = Jsoup.parse(clerk.get(edit).asString());
        assertEquals("Báo cáo sửa lại", again.getElementById("agenda-title").val());
        assertEquals("2023-12-08T08:15", again.getElementById("agenda-start").val());
    }
}
