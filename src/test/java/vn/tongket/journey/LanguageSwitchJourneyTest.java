package vn.tongket.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader whose browser speaks Vietnamese switches to English in the header, on a laptop and on a phone: every later
 * page, a new tab included, stays English until they switch back.
 */
@QuarkusTest
class LanguageSwitchJourneyTest extends BrowserTest {

    @Test
    void theSwitchInTheHeaderChangesTheLanguageAndItStays() {
        long conference = Api.createConference("Hội nghị chuyển ngôn ngữ", true);
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            Page page = newPage(size[0], size[1]);
            signIn(page, Api.ORGANIZER, "demo-" + Api.ORGANIZER);
            page.navigate(url("/conferences"));
            assertEquals("vi", page.locator("html").getAttribute("lang"));
            assertEquals("Đăng xuất", page.locator("#logout").innerText().trim());
            assertEquals("true", page.locator("#lang-vi").getAttribute("aria-current"));
            BoundingBox box = page.locator("#lang-en").boundingBox();
            assertTrue(box.x >= 0 && box.x + box.width <= size[0], "switch inside the window: " + box.x + "+" + box.width);
            screenshot(page, "language-vi-" + size[0]);

            page.click("#lang-en");
            page.waitForURL("**/conferences?lang=en");
            assertEquals("en", page.locator("html").getAttribute("lang"));
            assertEquals("Conferences", page.locator("h1").first().innerText().trim());
            assertEquals("Sign out", page.locator("#logout").innerText().trim());
            assertEquals("true", page.locator("#lang-en").getAttribute("aria-current"));
            assertNull(page.locator("#lang-vi").getAttribute("aria-current"));

            page.navigate(url("/conferences/" + conference));
            assertEquals("en", page.locator("html").getAttribute("lang"));
            assertTrue(page.locator("main").innerText().contains("Friday, 08/12/2023"), page.locator("main").innerText());
            screenshot(page, "language-en-conference-" + size[0]);

            Page tab = page.context().newPage();
            tab.navigate(url("/conferences/" + conference + "/nominations"));
            assertEquals("en", tab.locator("html").getAttribute("lang"));
            assertEquals("Sign out", tab.locator("#logout").innerText().trim());

            tab.click("#lang-vi");
            tab.waitForURL("**/nominations?lang=vi");
            assertEquals("vi", tab.locator("html").getAttribute("lang"));
            page.reload();
            assertEquals("vi", page.locator("html").getAttribute("lang"));
            assertTrue(page.locator("main").innerText().contains("thứ Sáu, 08/12/2023"), page.locator("main").innerText());
        }
    }
}
