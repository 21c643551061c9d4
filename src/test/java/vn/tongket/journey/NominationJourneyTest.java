package vn.tongket.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;
import vn.tongket.support.BrowserTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One collective and one individual through the whole commendation path in Chromium: the organiser drafts and
 * submits, Home Affairs approves, the Chairman's office records the decision, the awards list follows.
 */
@QuarkusTest
class NominationJourneyTest extends BrowserTest {

    @Test
    void collectiveAndIndividualGoFromDraftToTheAwardsList() {
        long id = Api.createConference("Hội nghị khen thưởng trên trình duyệt", true);

        Page organizer = signIn("bochqs", "demo-bochqs");
        organizer.navigate(url("/conferences/" + id));
        organizer.click("#nominations-link");
        organizer.waitForURL("**/conferences/" + id + "/nominations");
        organizer.selectOption("#nomination-kind", "COLLECTIVE");
        assertTrue(organizer.isVisible("#nomination-representative"), "a collective names its representative");
        assertFalse(organizer.isVisible("#nomination-birth-year"), "only the fields of the chosen kind");
        organizer.selectOption("#nomination-kind", "INDIVIDUAL");
        assertFalse(organizer.isVisible("#nomination-representative"));
        organizer.fill("#nomination-name", "Nguyễn Thị Hoa");
        organizer.fill("#nomination-position", "Chính trị viên Ban CHQS xã");
        organizer.fill("#nomination-birth-year", "80");
        organizer.fill("#nomination-organization", "Xã Đông Sơn");
        organizer.fill("#nomination-achievements", "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2023");
        organizer.click("#nomination-create");
        organizer.waitForSelector("#form-error");
        assertEquals("80", organizer.inputValue("#nomination-birth-year"), "a refusal keeps what was typed");
        assertEquals("Chính trị viên Ban CHQS xã", organizer.inputValue("#nomination-position"));
        assertEquals("nomination-birth-year", organizer.evaluate("document.activeElement.id"), "the wrong field has the focus");
        assertTrue(organizer.textContent("#error-birthYear").startsWith("Năm sinh"), organizer.textContent("#error-birthYear"));
        screenshot(organizer, "nomination-form-refused");
        organizer.fill("#nomination-birth-year", "1980");
        organizer.click("#nomination-create");
        organizer.waitForSelector("#nomination-status");
        assertEquals("Nháp", organizer.textContent("#nomination-status").trim());
        Page phone = newPage(390, 844);
        signIn(phone, "bochqs", "demo-bochqs");
        phone.navigate(url("/conferences/" + id + "/nominations#create"));
        screenshot(phone, "nomination-form-phone");
        organizer.navigate(url("/conferences/" + id + "/nominations"));
        draft(organizer, "COLLECTIVE", "Ban CHQS xã Tân Mỹ", "", "Xã Tân Mỹ");
        organizer.setInputFiles("#attachment-form input[type=file]", new FilePayload("Báo cáo thành tích.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        organizer.click("#attachment-upload");
        organizer.waitForSelector("#attachment-list");
        assertEquals("Báo cáo thành tích.pdf", organizer.textContent("#attachment-list a").trim());
        organizer.setInputFiles("#attachment-form input[type=file]", new FilePayload("Bản nháp.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        organizer.click("#attachment-upload");
        organizer.waitForSelector("#attachment-list li:nth-child(2)");
        organizer.locator("#attachment-list li:has-text('Bản nháp.pdf') summary").click();
        organizer.locator("#attachment-list li:has-text('Bản nháp.pdf') .attachment-remove").click();
        organizer.waitForLoadState();
        assertEquals(List.of("Báo cáo thành tích.pdf"), organizer.locator("#attachment-list a").allInnerTexts()
                .stream().map(String::trim).toList(), "a draft's attachment removed after confirming");
        organizer.setInputFiles("#attachment-form input[type=file]", new FilePayload("trang.html", "application/pdf",
                "<html></html>".getBytes(StandardCharsets.UTF_8)));
        organizer.click("#attachment-upload");
        organizer.waitForSelector("#form-error");
        assertTrue(organizer.textContent("#form-error").contains("PDF, DOCX, PNG"), organizer.textContent("#form-error"));
        Councils.carryDrafts(id);
        organizer.navigate(url("/conferences/" + id + "/nominations"));
        organizer.locator("#nominations input[name=ids]").all().forEach(box -> box.check());
        organizer.click("#bulk-submit");
        organizer.waitForSelector("#notice");
        assertTrue(organizer.textContent("#notice").contains("2"), organizer.textContent("#notice"));
        assertEquals("1", organizer.textContent("#quota-meters [data-kind=COLLECTIVE] .used"));
        assertEquals("20", organizer.textContent("#quota-meters [data-kind=COLLECTIVE] .cap"));
        assertEquals(0, organizer.locator("#review-link").count(), "the organiser has no review action");

        Page reviewer = signIn("sonoivu", "demo-sonoivu");
        reviewer.navigate(url("/conferences/" + id + "/nominations"));
        assertEquals(0, reviewer.locator("#nomination-form").count(), "the reviewer cannot draft");
        assertEquals(0, reviewer.locator("#bulk-submit").count(), "the reviewer cannot submit");
        reviewer.click("#review-link");
        reviewer.waitForURL("**/nominations/review");
        assertEquals(2, reviewer.locator(".review-item").count());
        assertTrue(reviewer.locator(".review-item").first().innerText().contains("Báo cáo thành tích.pdf"),
                "achievements and attachments side by side");
        reviewer.locator(".review-item").first().locator("button.return").click();
        reviewer.waitForSelector("#form-error");
        assertEquals(2, reviewer.locator(".review-item").count(), "returning without a note is refused");
        reviewer.locator(".review-item").first().locator("textarea[name=note]").fill("Thiếu bản nhận xét của Đảng ủy xã");
        reviewer.locator(".review-item").first().locator("button.return").click();
        reviewer.waitForSelector("#notice");
        assertEquals(1, reviewer.locator(".review-item").count());

        organizer.navigate(url("/conferences/" + id + "/nominations"));
        organizer.click("table[data-status=RETURNED] a:has-text('Ban CHQS xã Tân Mỹ')");
        organizer.waitForSelector("#return-reason");
        assertEquals("Thiếu bản nhận xét của Đảng ủy xã", organizer.textContent("#return-note").trim(),
                "Home Affairs' reason on top of the nomination");
        screenshot(organizer, "nomination-returned");
        organizer.click("#submit-one");
        organizer.waitForSelector("#nomination-status:has-text('Đã gửi thẩm định')");
        assertEquals(0, organizer.locator("#return-reason").count());
        reviewer.reload();
        while (reviewer.locator(".review-item").count() > 0) {
            reviewer.locator(".review-item").first().locator("button.approve").click();
            reviewer.waitForLoadState();
        }
        assertTrue(reviewer.isVisible("#queue-empty"));

        Page approver = signIn("vpubnd", "demo-vpubnd");
        approver.navigate(url("/conferences/" + id + "/nominations"));
        approver.click("#decision-link");
        approver.waitForURL("**/nominations/decision");
        assertEquals(2, approver.locator("#approved-table tbody tr").count());
        approver.fill("#decision-number", "163/QĐ-UBND");
        approver.fill("#decision-date", "2024-07-05");
        approver.fill("#decision-proposal-number", "125/TTr-SNV");
        approver.fill("#decision-proposal-date", "2023-12-01");
        approver.waitForSelector("#rates:has-text('2.340.000')");
        assertEquals(List.of("4.680.000 đồng", "2.340.000 đồng"), approver.locator("#approved-table td.amount").allInnerTexts()
                .stream().map(String::trim).toList(), "the preview follows the signing date");
        assertEquals("163/QĐ-UBND", approver.inputValue("#decision-number"), "the preview keeps what was typed");
        approver.fill("#decision-date", "2023-12-05");
        approver.check("#decision-confirm");
        approver.waitForSelector("#rates:has-text('1.800.000')");
        screenshot(approver, "nomination-decision-preview");
        approver.click("#decision-submit");
        approver.waitForSelector("#notice");
        assertEquals(List.of("3.600.000 đồng", "1.800.000 đồng"),
                approver.locator(".decision-table td.amount").allInnerTexts().stream().map(String::trim).toList());
        assertEquals("5.400.000 đồng", approver.textContent(".decision-table .total").trim());
        screenshot(approver, "nomination-decision");

        organizer.navigate(url("/conferences/" + id + "/nominations/awards"));
        assertTrue(organizer.textContent("#awards-item").contains("trao thưởng"), organizer.textContent("#awards-item"));
        List<String> awards = organizer.locator("#awards-list li.award strong").allInnerTexts();
        assertEquals(List.of("Ban CHQS xã Tân Mỹ", "Nguyễn Thị Hoa"), awards, "collectives first");
        organizer.navigate(url("/conferences/" + id));
        assertTrue(organizer.locator("#delegate-table").innerText().contains("Đại diện Ban CHQS xã Tân Mỹ"));
    }

    private static void draft(Page page, String kind, String name, String position, String organization) {
        page.selectOption("#nomination-kind", kind);
        page.fill("#nomination-name", name);
        if ("INDIVIDUAL".equals(kind)) {
            page.fill("#nomination-position", position);
        }
        page.fill("#nomination-organization", organization);
        page.check("#nomination-grassroots");
        page.fill("#nomination-achievements", "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2023");
        page.click("#nomination-create");
        page.waitForSelector("#nomination-status");
        assertEquals("Nháp", page.textContent("#nomination-status").trim());
    }

    @Test
    void organizerImportsASheetFromTheBoardAndAWrongSheetImportsNothing() {
        long from = Api.createConference("Hội nghị mẫu nhập danh sách", false);
        long id = Api.as(Api.ORGANIZER).body("""
                {"kind": "INDIVIDUAL", "nomineeName": "Vi Văn Nhập", "position": "Xã đội trưởng",
                 "organization": "Xã Nhập", "achievements": "Hoàn thành xuất sắc nhiệm vụ"}""")
                .post("/api/conferences/" + from + "/nominations").then().statusCode(201).extract().jsonPath().getLong("id");
        Councils.carry(id);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/submit").then().statusCode(200);
        byte[] xlsx = Api.page(Api.ORGANIZER).get("/conferences/" + from + "/nominations/documents/list.xlsx")
                .then().statusCode(200).extract().asByteArray();

        long to = Api.createConference("Hội nghị nhập danh sách trên trang", false);
        Page page = signIn("bochqs", "demo-bochqs");
        page.navigate(url("/conferences/" + to + "/nominations"));
        page.setInputFiles("#import-form input[type=file]", new FilePayload("sai.xlsx",
                "application/octet-stream", "không phải bảng tính".getBytes(StandardCharsets.UTF_8)));
        page.click("#import-submit");
        page.waitForSelector("#form-error");
        assertEquals(0, page.locator(".nomination-table tbody tr").count());
        page.setInputFiles("#import-form input[type=file]", new FilePayload("danh-sach.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx));
        page.click("#import-submit");
        page.waitForSelector("#notice");
        assertEquals(List.of("Vi Văn Nhập"), page.locator(".nomination-table tbody tr td:nth-child(3) a").allInnerTexts());
    }

    @Test
    void administratorAddsAndCorrectsAPrizeRateRowByRow() {
        Page admin = signIn("admin", "demo-admin");
        admin.navigate(url("/admin/prize-rates"));
        admin.selectOption("#rate-name", "BASE_SALARY");
        admin.fill("#rate-from", "2093-01-01");
        admin.fill("#rate-value", "3.200.000");
        admin.click("#rate-save");
        admin.waitForSelector("#notice");
        String row = admin.locator("#rate-rows form:has(input[value='2093-01-01'])").getAttribute("id");
        assertEquals("3.200.000", admin.inputValue("#" + row + "-value"), "written back the Vietnamese way");
        admin.fill("#" + row + "-value", "ba triệu");
        admin.click("#" + row + "-save");
        admin.waitForSelector("#" + row + " .field-error");
        assertEquals("ba triệu", admin.inputValue("#" + row + "-value"));
        admin.fill("#" + row + "-value", "3.250.000");
        admin.click("#" + row + "-save");
        admin.waitForSelector("#notice");
        assertEquals("3.250.000", admin.inputValue("#" + row + "-value"));
        screenshot(admin, "prize-rates");
        Page phone = newPage(390, 844);
        signIn(phone, "admin", "demo-admin");
        phone.navigate(url("/admin/prize-rates"));
        screenshot(phone, "prize-rates-phone");
    }
}
