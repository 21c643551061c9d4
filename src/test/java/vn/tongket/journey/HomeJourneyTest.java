package vn.tongket.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;
import vn.tongket.support.BrowserTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page of each role, the conference page in working order, a session that ends, a stale form. */
@QuarkusTest
class HomeJourneyTest extends BrowserTest {

    @Test
    void theReviewersHomeShowsTheNominationToVetAndLeadsToIt() {
        long conference = Api.createConference("Hội nghị trang chủ Sở Nội vụ", false);
        long nomination = Api.as(Api.ORGANIZER).body("""
                {"kind": "INDIVIDUAL", "nomineeName": "Đinh Văn Thẩm Định", "position": "Chỉ huy trưởng Ban CHQS xã",
                 "organization": "Xã Tân Mỹ", "grassroots": true,
                 "achievements": "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2023"}
                """).post("/api/conferences/" + conference + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Councils.carry(nomination);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + nomination + "/submit").then().statusCode(200);

        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            Page page = newPage(size[0], size[1]);
            signIn(page, Api.REVIEWER, "demo-" + Api.REVIEWER);
            String item = "#work-" + conference + " a[data-kind=TO_REVIEW]";
            assertEquals("1", page.textContent(item + " .count").trim());
            screenshot(page, "home-reviewer-" + size[0]);
            assertTrue(scrollWidth(page) <= size[0], "no sideways scrolling: " + scrollWidth(page));
            page.click(item);
            page.waitForURL("**/conferences/" + conference + "/nominations/review");
            assertTrue(page.textContent("main").contains("Đinh Văn Thẩm Định"));
            assertTrue(page.textContent("nav.crumbs").contains("Hội nghị trang chủ Sở Nội vụ"), "breadcrumbs");
        }
    }

    @Test
    void theConferencePageIsInWorkingOrderAndAMoveKeepsTheRowInView() {
        long conference = Api.createConference("Hội nghị thứ tự công việc", false);
        for (int i = 1; i <= 25; i++) {
            Api.addDelegate(conference, "Đại biểu số " + i, null, "GUEST", null);
        }
        Page page = signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        page.navigate(url("/conferences/" + conference));

        Object order = page.evaluate("Array.from(document.querySelectorAll('main > section[id]')).map(s => s.id)");
        assertEquals(List.of("overview", "agenda", "delegates", "invitations", "preparation", "nominations", "day"), order);
        assertTrue(box(page, "#delegate-form") < box(page, "#delegate-table"), "the add form comes before the list");
        screenshot(page, "conference-desktop");

        String row = page.getAttribute("#delegate-table tbody tr:nth-child(15)", "id");
        page.click("#" + row + " button[aria-label^='Xuống']");
        page.waitForURL("**/conferences/" + conference + "#" + row);
        page.waitForFunction("() => window.scrollY > 0");
        double top = box(page, "#" + row);
        assertTrue(top >= 0 && top < 800, "the moved row is in view: " + top);

        Page phone = newPage(390, 844);
        signIn(phone, Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        phone.navigate(url("/conferences/" + conference));
        assertTrue(scrollWidth(phone) <= 390, "the table scrolls inside its frame: " + scrollWidth(phone));
        screenshot(phone, "conference-phone");
    }

    @Test
    void aSessionThatEndedWhileTypingComesBackToTheFormsPage() {
        long conference = Api.createConference("Hội nghị phiên hết hạn", false);
        Page page = signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        page.navigate(url("/conferences/" + conference));
        page.fill("#agenda-title", "Khai mạc hội nghị");
        BrowserContext context = page.context();
        context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("tongket-session"));
        page.click("#agenda-add");

        page.waitForURL("**/login?next=*");
        assertTrue(page.isVisible("#login-continue"));
        screenshot(page, "login-to-continue");
        page.fill("#username", Api.ORGANIZER);
        page.fill("#password", "demo-" + Api.ORGANIZER);
        page.click("#login");
        page.waitForURL(url("/conferences/" + conference));
        assertEquals("Hội nghị phiên hết hạn", page.textContent("#conference-title").trim());
    }

    @Test
    void aStaleFormSaysWhatHappenedAndLeadsBackToItsPage() {
        long conference = Api.createConference("Hội nghị biểu mẫu cũ", false);
        Page page = signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        page.navigate(url("/conferences/" + conference));
        page.fill("#agenda-title", "Khai mạc hội nghị");
        // The token cookie lives two hours; a page left open longer sends a token the browser no longer backs.
        page.context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("csrf-token"));
        page.click("#agenda-add");

        page.waitForSelector("#csrf-refused");
        assertEquals("Biểu mẫu đã hết hạn", page.textContent("h1").trim());
        screenshot(page, "csrf-refused");
        assertEquals("/conferences/" + conference, page.getAttribute("#csrf-reopen", "href"));
        page.click("#csrf-reopen");
        page.waitForURL(url("/conferences/" + conference));
        assertEquals("Hội nghị biểu mẫu cũ", page.textContent("#conference-title").trim());
    }

    private static int scrollWidth(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    /** The element's top, relative to the viewport. */
    private static double box(Page page, String selector) {
        return page.locator(selector).boundingBox().y;
    }
}
