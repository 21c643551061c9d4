package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.demo.DemoData;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator adds a legal text, then ends it: the draft decision cites it on a signing date in its period and
 * no longer after its last day. The second demo conference shows the two-level form without a warning.
 */
@QuarkusTest
class LegalBasisJourneyTest extends BrowserTest {

    private static final String CITATION = "Căn cứ Thông tư số 99/2029/TT-BNV ngày 10 tháng 02 năm 2029 "
            + "của Bộ trưởng Bộ Nội vụ hướng dẫn thử nghiệm công tác khen thưởng;";

    @Test
    void administratorAddsThenEndsATextAndTheDecisionFollows() throws IOException {
        long conf = Api.createConference("Hội nghị thử căn cứ pháp lý", false);
        Page admin = signIn(Api.ADMIN, "demo-" + Api.ADMIN);
        admin.click("#nav-legal-bases");
        admin.waitForURL("**/admin/legal-bases");
        assertTrue(admin.textContent("#legal-basis-table").contains("06/2022/QH15"));

        admin.fill("#lb-title", "Thông tư số 99/2029/TT-BNV");
        admin.fill("#lb-number", "99/2029/TT-BNV");
        admin.fill("#lb-issued", "2029-02-10");
        admin.fill("#lb-subject", "của Bộ trưởng Bộ Nội vụ hướng dẫn thử nghiệm công tác khen thưởng");
        admin.fill("#lb-from", "2029-03-01");
        admin.fill("#lb-order", "40");
        admin.click("#lb-save");
        admin.waitForSelector("#notice");
        assertEquals("Đã lưu văn bản 99/2029/TT-BNV.", admin.textContent("#notice").strip());
        String row = admin.textContent("#legal-basis-table tr:has-text('99/2029/TT-BNV')");
        assertTrue(row.contains("01/03/2029 – nay") && row.contains("chưa xác nhận"), row);
        screenshot(admin, "legal-bases-added");

        assertTrue(draft(admin, conf, "2029-03-15").contains(CITATION), "cited while in force");
        assertFalse(draft(admin, conf, "2029-02-15").contains("99/2029/TT-BNV"), "not before it takes effect");

        admin.click("#legal-basis-table tr:has-text('99/2029/TT-BNV') a");
        admin.waitForURL("**/edit");
        admin.fill("#lb-until", "2029-02-20");
        admin.click("#lb-save");
        admin.waitForSelector("#form-error");
        assertEquals("lb-until", admin.evaluate("document.activeElement.id"), "the wrong field has the focus");
        screenshot(admin, "legal-basis-refused");
        admin.fill("#lb-until", "2029-03-10");
        admin.check("#lb-confirmed");
        admin.click("#lb-save");
        admin.waitForSelector("#notice");
        row = admin.textContent("#legal-basis-table tr:has-text('99/2029/TT-BNV')");
        assertTrue(row.contains("01/03/2029 – 10/03/2029") && row.contains("Đã xác nhận"), row);

        assertTrue(draft(admin, conf, "2029-03-10").contains(CITATION), "cited on its last day");
        assertFalse(draft(admin, conf, "2029-03-15").contains("99/2029/TT-BNV"), "ended: no longer cited");

        admin.click("#legal-basis-table tr:has-text('99/2029/TT-BNV') a");
        admin.waitForURL("**/edit");
        admin.click("#delete-legal-basis summary");
        admin.click("#lb-delete");
        admin.waitForSelector("#notice");
        assertEquals("Đã xóa văn bản 99/2029/TT-BNV.", admin.textContent("#notice").strip());
        assertFalse(admin.textContent("#legal-basis-table").contains("99/2029/TT-BNV"));
        assertFalse(draft(admin, conf, "2029-03-05").contains("99/2029/TT-BNV"), "deleted: never cited");

        Page phone = newPage(390, 844);
        signIn(phone, Api.ADMIN, "demo-" + Api.ADMIN);
        phone.navigate(url("/admin/legal-bases"));
        assertTrue(phone.textContent("#legal-basis-table").contains("06/2022/QH15"));
        screenshot(phone, "legal-bases-phone");
        phone.navigate(url("/admin/prize-rates"));
        assertTrue(phone.textContent("#rate-rows").contains("Nghị định 73/2024/NĐ-CP"));
        screenshot(phone, "prize-rates-sources-phone");
    }

    @Test
    void theTwoLevelDemoConferenceShowsRegionalDefenceCommandsAndNoWarning() {
        List<Map<String, Object>> all = Api.as(Api.ORGANIZER).get("/api/conferences").then().statusCode(200)
                .extract().jsonPath().getList("$");
        long id = all.stream().filter(c -> DemoData.TWO_LEVEL_TITLE.equals(c.get("title")))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();
        Page organizer = signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        organizer.navigate(url("/conferences/" + id));
        assertEquals(DemoData.TWO_LEVEL_TITLE, organizer.textContent("#conference-title").strip());
        assertTrue(organizer.textContent("#delegates").contains("Ban Chỉ huy Phòng thủ khu vực 1"));
        assertEquals(0, organizer.locator("#reform-warnings").count(), "every unit is of the two-level form");
        screenshot(organizer, "two-level-conference");
    }

    @Test
    void aConferenceAfterTheReformThatStillUsesTheOldFormIsWarnedNotStopped() {
        long id = Api.as(Api.ORGANIZER).body("""
                {"title": "Hội nghị tổng kết năm 2026 (mẫu cũ)", "reviewYear": 2024, "startsAt": "2026-12-11T07:30",
                 "endsAt": "2026-12-11T11:30", "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "phường Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang"}
                """).post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Api.ORGANIZER).body("""
                {"fullName": "Vi Văn Khoa", "position": "Chỉ huy trưởng", "organization": "Ban CHQS huyện Lục Nam",
                 "category": "PARTICIPANT"}
                """).post("/api/conferences/" + id + "/delegates").then().statusCode(201);
        Page organizer = signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        organizer.navigate(url("/conferences/" + id));
        // The review year, the issuer, the place of the date line and the district command.
        assertEquals(4, organizer.locator("#reform-warnings li").count(), organizer.textContent("#reform-warnings"));
        screenshot(organizer, "reform-warnings");
        Page phone = newPage(390, 844);
        signIn(phone, Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        phone.navigate(url("/conferences/" + id));
        assertTrue(phone.textContent("#reform-warnings").contains("Ban CHQS huyện Lục Nam"));
        screenshot(phone, "reform-warnings-phone");
    }

    private String draft(Page page, long conference, String on) throws IOException {
        byte[] pdf = page.request().get(url("/conferences/" + conference + "/nominations/documents/draft-decision.pdf?on="
                + on)).body();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
