package vn.tongket.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.demo.DemoData;
import vn.tongket.support.BrowserTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organiser signs in, opens the sample conference, adds the tea break to the agenda and sees it in place. */
@QuarkusTest
class OrganizerAgendaJourneyTest extends BrowserTest {

    @Test
    void organizerAddsAnAgendaItemAndSeesItInPlace() {
        Page page = signIn("bochqs", "demo-bochqs");
        page.navigate(url("/conferences"));
        page.click("text=" + DemoData.SEED_TITLE);
        assertEquals(DemoData.SEED_TITLE, page.textContent("#conference-title").trim());
        assertEquals(6, page.locator("#agenda-table tbody tr").count());

        page.fill("#agenda-title", "Giải lao");
        page.fill("#agenda-start", "2023-12-08T09:45");
        page.fill("#agenda-end", "2023-12-08T10:00");
        page.selectOption("#agenda-kind", "OTHER");
        page.click("#agenda-add");
        page.waitForLoadState();

        Locator rows = page.locator("#agenda-table tbody tr");
        assertEquals(7, rows.count());
        List<String> texts = rows.allInnerTexts();
        int pause = indexOf(texts, "Giải lao");
        assertTrue(texts.get(pause).contains("09:45 – 10:00"), texts.get(pause));
        assertTrue(texts.get(pause - 1).contains("Tham luận"), "after the presentations: " + texts);
        assertTrue(texts.get(pause + 1).contains("phát biểu"), "before the speech: " + texts);
        screenshot(page, "conference-agenda-laptop");

        // The same item again collides: the page says with which item, and nothing is added.
        page.fill("#agenda-title", "Giải lao lần hai");
        page.fill("#agenda-start", "2023-12-08T09:50");
        page.fill("#agenda-end", "2023-12-08T09:55");
        page.click("#agenda-add");
        assertTrue(page.textContent("#form-error").contains("\"Giải lao\""), page.textContent("#form-error"));
        assertEquals(7, page.locator("#agenda-table tbody tr").count());

        // Deleting asks first: the delete button appears only once "Xóa" is opened, beside the question.
        Locator pauseRow = page.locator("#agenda-table tbody tr", new Page.LocatorOptions().setHasText("Giải lao"));
        assertFalse(pauseRow.locator("button.danger").isVisible(), "no delete button before the question");
        pauseRow.locator("summary").click();
        assertTrue(pauseRow.innerText().contains("Xóa mục “Giải lao” khỏi chương trình?"), pauseRow.innerText());
        pauseRow.locator("button.danger").click();
        page.waitForLoadState();
        assertEquals(6, page.locator("#agenda-table tbody tr").count());
    }

    @Test
    void conferencePageIsUsableOnAPhone() {
        Page page = newPage(390, 844);
        signIn(page, "sonoivu", "demo-sonoivu");
        page.navigate(url("/conferences"));
        page.click("text=" + DemoData.SEED_TITLE);
        // count() does not wait: wait for the conference page's 30th delegate row (the click only starts navigating)
        page.locator("#delegate-table tbody tr").nth(29).waitFor();
        assertTrue(page.locator("#delegate-table tbody tr").count() >= 30);
        assertEquals(0, page.locator("#agenda-form").count(), "a reviewer sees no agenda editor");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
        assertEquals(Boolean.TRUE, overflow, "no horizontal scrolling on a phone");
        screenshot(page, "conference-phone-reviewer");
    }

    private static int indexOf(List<String> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in " + rows);
    }
}
