package vn.tongket.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tongket.support.Api.ADMIN;
import static vn.tongket.support.Api.as;

/** A person signs out from the top bar, on a laptop and on a phone; the session's pages then ask to sign in. */
@QuarkusTest
class SignOutJourneyTest extends BrowserTest {

    @Test
    void signingOutFromTheTopBarEndsTheSession() {
        as(ADMIN).body("""
                {"username": "dangxuat", "fullName": "Thử đăng xuất", "password": "mat-khau-dang-xuat", "roles": ["APPROVER"]}""")
                .post("/api/users").then().statusCode(201);
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            Page page = newPage(size[0], size[1]);
            signIn(page, "dangxuat", "mat-khau-dang-xuat");
            var logout = page.locator("#logout");
            assertTrue(logout.isVisible());
            assertEquals("Đăng xuất", logout.innerText().trim());
            // It reads as the bar's other links: no button background, the links' colour, inside the window.
            assertEquals("rgba(0, 0, 0, 0)", logout.evaluate("e => getComputedStyle(e).backgroundColor"));
            assertEquals(page.locator("#nav-nominations").evaluate("e => getComputedStyle(e).color"),
                    logout.evaluate("e => getComputedStyle(e).color"));
            BoundingBox box = logout.boundingBox();
            assertTrue(box.x >= 0 && box.x + box.width <= size[0], "inside the window: " + box.x + "+" + box.width);
            screenshot(page, "sign-out-" + size[0]);

            logout.click();
            page.waitForURL("**/login");
            page.navigate(url("/conferences"));
            page.waitForURL("**/login*");
            assertTrue(page.locator("#login").isVisible());
        }
    }
}
