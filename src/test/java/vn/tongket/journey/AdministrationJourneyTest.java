package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator keeps the organisations; a clerk enters a budget line with money typed the Vietnamese way. */
@QuarkusTest
class AdministrationJourneyTest extends BrowserTest {

    @Test
    void administratorAddsAndCorrectsAnOrganisationFromTheHeader() {
        Page admin = signIn(Api.ADMIN, "demo-" + Api.ADMIN);
        admin.click("#nav-organizations");
        admin.waitForURL("**/admin/organizations");
        admin.fill("#org-name", "Ban CHQS xã Hành Trình");
        admin.selectOption("#org-level", "COMMUNE");
        admin.fill("#org-precedence", "1.500");
        admin.check("#org-grassroots");
        admin.click("#org-save");
        admin.waitForSelector("#notice");
        assertEquals("Đã thêm cơ quan, đơn vị \"Ban CHQS xã Hành Trình\".", admin.textContent("#notice").strip());
        admin.waitForCondition(() -> !admin.url().contains("added="));
        assertTrue(admin.url().contains("/admin/organizations#organization-"), admin.url());
        screenshot(admin, "organizations-added");

        admin.click("#organization-table tr:has-text('Ban CHQS xã Hành Trình') a");
        admin.waitForURL("**/edit");
        assertEquals("1500", admin.inputValue("#org-precedence"));
        admin.fill("#org-name", "Ban CHQS phường Hành Trình");
        admin.fill("#org-precedence", "mười");
        admin.click("#org-save");
        admin.waitForSelector("#form-error");
        assertEquals("org-precedence", admin.evaluate("document.activeElement.id"), "the wrong field has the focus");
        assertEquals("Ban CHQS phường Hành Trình", admin.inputValue("#org-name"), "what was typed is kept");
        screenshot(admin, "organization-refused");
        admin.fill("#org-precedence", "1.400");
        admin.click("#org-save");
        admin.waitForSelector("#notice");
        assertEquals("Đã lưu cơ quan, đơn vị \"Ban CHQS phường Hành Trình\".", admin.textContent("#notice").strip());
        admin.waitForCondition(() -> !admin.url().contains("saved="));
        admin.reload();
        assertEquals(0, admin.locator("#notice").count(), "the message is shown once, not again on F5");

        Page phone = newPage(390, 844);
        signIn(phone, Api.ADMIN, "demo-" + Api.ADMIN);
        phone.navigate(url("/admin/organizations"));
        assertTrue(phone.textContent("#organization-table").contains("Ban CHQS phường Hành Trình"));
        screenshot(phone, "organizations-phone");
        phone.navigate(url("/admin/users"));
        screenshot(phone, "users-phone");
    }

    @Test
    void clerkEntersABudgetLineTypedTheVietnameseWay() {
        long c = Api.createConference("Hành trình dự toán kinh phí", false);
        Page clerk = signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        clerk.navigate(url("/conferences/" + c + "/budget"));
        clerk.selectOption("#budget-category", "DELEGATE_SUPPORT");
        clerk.fill("#budget-description", "Hỗ trợ đại biểu cấp xã");
        clerk.fill("#budget-quantity", "hai");
        clerk.fill("#budget-unit", "người");
        clerk.fill("#budget-unit-price", "1.800.000");
        clerk.click("#budget-save");
        clerk.waitForSelector("#form-error");
        assertEquals("budget-quantity", clerk.evaluate("document.activeElement.id"));
        assertEquals("1.800.000", clerk.inputValue("#budget-unit-price"));
        screenshot(clerk, "budget-refused");

        clerk.fill("#budget-quantity", "2");
        clerk.click("#budget-save");
        clerk.waitForSelector("#notice");
        clerk.waitForCondition(() -> clerk.url().contains("/budget#line-"));
        String row = clerk.textContent("#budget-table tr:has-text('Hỗ trợ đại biểu cấp xã')");
        assertTrue(row.contains("1.800.000 đồng") && row.contains("3.600.000 đồng"), row);
        assertEquals("3.600.000 đồng", clerk.textContent("#cost-total").strip());
        screenshot(clerk, "budget-added");

        Page phone = newPage(390, 844);
        signIn(phone, Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        phone.navigate(url("/conferences/" + c + "/budget"));
        screenshot(phone, "budget-phone");
    }
}
