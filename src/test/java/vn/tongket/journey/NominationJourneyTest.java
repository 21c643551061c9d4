package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        draft(organizer, "COLLECTIVE", "Ban CHQS xã Tân Mỹ", "", "Xã Tân Mỹ");
        organizer.navigate(url("/conferences/" + id + "/nominations"));
        draft(organizer, "INDIVIDUAL", "Nguyễn Thị Hoa", "Chính trị viên Ban CHQS xã", "Xã Đông Sơn");
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
        reviewer.locator(".review-item").first().locator("button.return").click();
        reviewer.waitForSelector("#form-error");
        assertEquals(2, reviewer.locator(".review-item").count(), "returning without a note is refused");
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
        approver.fill("#decision-date", "2023-12-05");
        approver.click("#decision-submit");
        approver.waitForSelector("#notice");
        assertEquals(List.of("3.600.000 đ", "1.800.000 đ"),
                approver.locator(".decision-table td.amount").allInnerTexts().stream().map(String::trim).toList());
        assertEquals("5.400.000 đ", approver.textContent(".decision-table .total").trim());
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
        page.fill("#nomination-position", position);
        page.fill("#nomination-organization", organization);
        page.check("#nomination-grassroots");
        page.fill("#nomination-achievements", "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2023");
        page.click("#nomination-create");
        page.waitForSelector("#nomination-status");
        assertEquals("Nháp", page.textContent("#nomination-status").trim());
    }
}
