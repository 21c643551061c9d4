package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organiser keeps the delegate list: add, refuse a duplicate email, edit, reorder, filter, remove, print. */
@QuarkusTest
class DelegateListJourneyTest extends BrowserTest {

    @Test
    void organizerMaintainsTheDelegateList() {
        long id = Api.createConference("Hội nghị danh sách đại biểu", false);
        Page page = signIn("bochqs", "demo-bochqs");
        page.navigate(url("/conferences/" + id));

        addDelegate(page, "Phạm Văn Đồng", "Chủ tịch UBND xã", "Xã Tân Mỹ", "dong@example.vn", "PARTICIPANT", "20");
        addDelegate(page, "Võ Thị Sáu", "Phó Tư lệnh", "Bộ Tư lệnh Quân khu 1", "sau@example.vn", "GUEST", "10");
        assertEquals(List.of("Võ Thị Sáu", "Phạm Văn Đồng"), names(page));

        addDelegate(page, "Trùng Email", "", "", "dong@example.vn", "PARTICIPANT", "");
        assertTrue(page.textContent("#form-error").contains("dong@example.vn"), page.textContent("#form-error"));
        assertEquals(2, page.locator("#delegate-table tbody tr").count());

        page.locator("#delegate-table tbody tr", new Page.LocatorOptions().setHasText("Phạm Văn Đồng"))
                .locator("text=Sửa").click();
        page.fill("#delegate-position", "Bí thư Đảng ủy xã");
        page.click("#delegate-save");
        page.waitForURL("**/conferences/" + id + "*");
        assertTrue(page.locator("#delegate-table").innerText().contains("Bí thư Đảng ủy xã"));

        page.locator("#delegate-table tbody tr", new Page.LocatorOptions().setHasText("Phạm Văn Đồng"))
                .locator("button[title='Lên']").click();
        page.waitForLoadState();
        assertEquals(List.of("Phạm Văn Đồng", "Võ Thị Sáu"), names(page));

        page.selectOption("#category-filter", "GUEST");
        page.click("text=Lọc");
        page.waitForLoadState();
        assertEquals(List.of("Võ Thị Sáu"), names(page));

        page.navigate(url("/conferences/" + id + "/introduction"));
        List<String> items = page.locator("li.delegate").allInnerTexts();
        assertEquals(2, items.size());
        assertTrue(items.get(0).contains("Võ Thị Sáu"), "guests come first in the introduction list: " + items);

        page.navigate(url("/conferences/" + id));
        page.locator("#delegate-table tbody tr", new Page.LocatorOptions().setHasText("Võ Thị Sáu"))
                .locator("text=Xóa").click();
        page.check("#delete-confirm"); // removing asks for a confirmation that says what will happen
        page.click("#delete-submit");
        // waitForLoadState may answer for the page being left; wait for the list the removal leaves instead
        assertThat(page.locator("#delegate-table tbody tr td:nth-child(3)")).hasText(new String[]{"Phạm Văn Đồng"});
    }

    private void addDelegate(Page page, String name, String position, String organization, String email,
                             String category, String precedence) {
        page.fill("#delegate-name", name);
        page.fill("#delegate-position", position);
        page.fill("#delegate-organization", organization);
        page.fill("#delegate-email", email);
        page.selectOption("#delegate-category", category);
        page.fill("#delegate-precedence", precedence);
        page.click("#delegate-add");
        page.waitForLoadState();
    }

    private static List<String> names(Page page) {
        return page.locator("#delegate-table tbody tr td:nth-child(3)").allInnerTexts().stream().map(String::trim).toList();
    }
}
