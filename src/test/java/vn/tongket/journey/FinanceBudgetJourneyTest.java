package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The finance officer opens the budget from the home page, adds a cost, signs the estimate; on a laptop and a phone. */
@QuarkusTest
class FinanceBudgetJourneyTest extends BrowserTest {

    @Test
    void financeFindsTheBudgetAddsACostAndNamesTheSigner() {
        long c = Api.createConference("Hội nghị dự toán của Sở Tài chính", false);
        Page page = signIn(Api.FINANCE, "demo-" + Api.FINANCE);
        assertEquals(0, page.locator("a[href='/conferences']").count(), "no link the role cannot open");
        page.click("a[href='/conferences/" + c + "/budget']");
        page.fill("#budget-description", "Thuê hội trường, âm thanh, ánh sáng");
        page.fill("#budget-quantity", "1");
        page.fill("#budget-unit", "buổi");
        page.fill("#budget-unit-price", "5.000.000");
        page.click("#budget-save");
        page.waitForSelector("#notice");
        assertTrue(page.textContent("#cost-words").contains("Năm triệu đồng"), page.textContent("#cost-words"));
        page.fill("#head-number", "125/STC-QLNS");
        page.fill("#head-issued-on", "2023-11-20");
        page.fill("#head-signer-name", "Lương Thị Hạnh");
        page.click("#budget-head-save");
        page.waitForSelector("#notice");
        assertEquals("Lương Thị Hạnh", page.inputValue("#head-signer-name"));
        screenshot(page, "finance-budget-desktop");

        Page phone = newPage(390, 844);
        signIn(phone, Api.FINANCE, "demo-" + Api.FINANCE);
        phone.navigate(url("/conferences/" + c + "/budget"));
        screenshot(phone, "finance-budget-phone");
    }

    @Test
    void organiserSetsTheReportNumberOnTheOutlinePage() {
        long c = Api.createConference("Hội nghị báo cáo có số", false);
        Api.as(Api.ORGANIZER).post("/api/conferences/" + c + "/outline").then().statusCode(201);
        Page page = signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        page.navigate(url("/conferences/" + c + "/outline"));
        page.fill("#report-number", "15/BC-UBND");
        page.fill("#report-issued-on", "2023-12-05");
        page.fill("#report-signer-name", "Trần Quang Vinh");
        page.click("#report-head-save");
        page.waitForURL(url("/conferences/" + c + "/outline#report-head"));
        assertEquals("15/BC-UBND", page.inputValue("#report-number"));
        screenshot(page, "outline-report-head-desktop");
        Page phone = newPage(390, 844);
        signIn(phone, Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        phone.navigate(url("/conferences/" + c + "/outline#report-head"));
        screenshot(phone, "outline-report-head-phone");
    }
}
