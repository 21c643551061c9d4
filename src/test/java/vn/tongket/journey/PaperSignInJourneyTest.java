package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After the conference a clerk with a phone ticks who signed the printed sign-in sheet, saves, sees the desk's
 * check-in kept, and downloads the attendance report by group.
 */
@QuarkusTest
class PaperSignInJourneyTest extends BrowserTest {

    @Test
    void clerkOnAPhoneEntersPaperSignaturesAndDownloadsTheReport() throws Exception {
        journey(390, 844, "phone");
    }

    @Test
    void clerkAtADeskPcDoesTheSame() throws Exception {
        journey(1280, 800, "desktop");
    }

    private void journey(int width, int height, String size) throws Exception {
        long id = futureConference("Hội nghị nhập chữ ký " + size);
        long atDesk = Api.addDelegate(id, "Võ Nguyên Giáp", null, "GUEST", 1);
        long signed = Api.addDelegate(id, "Trịnh Thị Hoa", null, "PARTICIPANT", 2);
        long away = Api.addDelegate(id, "Nguyễn Chí Thanh", null, "PARTICIPANT", 3);
        List<Map<String, Object>> invitations = Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations")
                .then().extract().jsonPath().getList("$");
        String token = invitations.stream().filter(i -> ((Number) i.get("delegateId")).longValue() == atDesk)
                .map(i -> (String) i.get("token")).findFirst().orElseThrow();
        Api.as(Api.ORGANIZER).body("{\"code\": \"" + token + "\"}").post("/api/conferences/" + id + "/checkins")
                .then().statusCode(200);

        Page page = newPage(width, height);
        signIn(page, Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        page.navigate(url("/conferences/" + id + "/checkin"));
        page.click("#desk-paper");
        page.waitForSelector("#paper-form");
        assertTrue(page.isChecked("#signed-" + atDesk) && page.isDisabled("#signed-" + atDesk),
                "the desk's check-in is shown, not to be unticked");
        assertTrue(page.textContent("li[data-delegate='" + atDesk + "']").contains("Điểm danh tại bàn lúc"));
        page.check("#signed-" + signed);
        screenshot(page, "paper-sign-in-ticked-" + size);
        page.click("#paper-save");
        page.waitForSelector("#notice");
        assertEquals("Đã lưu: thêm 1, bỏ 0 điểm danh từ giấy.", page.textContent("#notice").trim());
        assertTrue(page.isChecked("#signed-" + signed) && !page.isChecked("#signed-" + away));
        int scroll = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertTrue(scroll <= width, "no sideways scrolling: " + scroll + " > " + width);
        screenshot(page, "paper-sign-in-saved-" + size);

        // The links download as the browser's session: fetched with its cookies (headless Chromium saves no files).
        var pdf = page.request().get(url(page.getAttribute("#report-pdf", "href")));
        assertEquals(200, pdf.status(), pdf.statusText());
        assertTrue(pdf.headers().get("content-disposition").contains("attachment"));
        String text;
        try (var doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Tổng cộng 3 2 0 1 0"), text);
        assertTrue(text.contains("II. Vắng không lý do (1)") && text.contains("Nguyễn Chí Thanh"), text);
        var xlsx = page.request().get(url(page.getAttribute("#report-xlsx", "href")));
        assertEquals(200, xlsx.status(), xlsx.statusText());
        assertTrue(xlsx.headers().get("content-disposition").contains(".xlsx"));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "attendance-report-" + size + ".pdf"), pdf.body());
    }

    private static long futureConference(String title) {
        int year = java.time.Year.now().getValue() + 1;
        return Api.as(Api.ORGANIZER).body("""
                {"title": "%s", "reviewYear": %d, "startsAt": "%d-12-08T07:30", "endsAt": "%d-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang"}
                """.formatted(title, year - 1, year, year))
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
