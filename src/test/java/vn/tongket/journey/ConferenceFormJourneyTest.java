package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clerk creates a conference: a mistake comes back by its field with the focus there, nothing retyped. */
@QuarkusTest
class ConferenceFormJourneyTest extends BrowserTest {

    @Test
    void aMistakeIsShownByItsFieldAndTheCorrectedFormCreatesTheConference() {
        for (int[] size : new int[][]{{1280, 800}, {390, 844}}) {
            String suffix = size[0] < 600 ? "-phone" : "";
            Page page = newPage(size[0], size[1]);
            signIn(page, "bochqs", "demo-bochqs");
            page.navigate(url("/conferences"));
            String title = "Hội nghị tổng kết từ trình duyệt" + suffix;
            page.fill("#conf-title", title);
            page.fill("#conf-review-year", "hai nghìn");
            page.fill("#conf-starts-at", "2026-12-08T07:30");
            page.fill("#conf-ends-at", "2026-12-08T07:00");
            page.fill("#conf-venue-name", "Hội trường Bộ CHQS tỉnh");
            page.fill("#conf-venue-address", "Đường Võ Nguyên Giáp, Bắc Giang");
            page.fill("#conf-issuer", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG");
            page.fill("#conf-place", "Bắc Giang");
            page.click("#conference-create");
            page.waitForSelector("#form-error");
            screenshot(page, "conference-create-refused" + suffix);

            assertEquals(title, page.inputValue("#conf-title"));
            assertEquals("Hội trường Bộ CHQS tỉnh", page.inputValue("#conf-venue-name"));
            assertEquals("conf-review-year", page.evaluate("document.activeElement.id"), "the first wrong field has the focus");
            String yearError = page.textContent("#" + page.getAttribute("#conf-review-year", "aria-describedby"));
            assertTrue(yearError.startsWith("Năm tổng kết: "), yearError);

            page.fill("#conf-review-year", "2026");
            page.fill("#conf-ends-at", "2026-12-08T11:30");
            page.click("#conference-create");
            page.waitForURL("**/conferences/*");
            assertEquals(title, page.textContent("#conference-title"));
            assertEquals(6, page.locator("#agenda-table tbody tr").count(), "the standard agenda stayed ticked");
        }
    }
}
