package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.conference.Conference;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MC opens the script from the conference page on the day, on a laptop and on a phone: the item under way stands out. */
@QuarkusTest
class ScriptJourneyTest extends BrowserTest {

    @Test
    void theMcFollowsTheScriptByTheClock() {
        // The conference began 20 minutes ago: the opening (15 minutes) is over, the report (45 minutes) is under way.
        LocalDateTime start = LocalDateTime.now(Conference.ZONE).truncatedTo(ChronoUnit.MINUTES).minusMinutes(20);
        long c = Api.as(Api.ORGANIZER).body("""
                {"title": "Hội nghị theo kịch bản", "reviewYear": %d, "startsAt": "%s", "endsAt": "%s",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Đường Võ Nguyên Giáp, Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang", "standardAgenda": true}
                """.formatted(start.getYear() - 1, start, start.plusHours(4)))
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addDelegate(c, "Phạm Thị Lan", null, "GUEST", 10);

        // Without JavaScript the server has already marked the item under way.
        String html = Api.page(Api.ORGANIZER).get("/conferences/" + c + "/script").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("class=\"script-entry current\" id=\"entry-2\""), html);

        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            Page page = newPage(size[0], size[1]);
            signIn(page, Api.ORGANIZER, "demo-" + Api.ORGANIZER);
            page.navigate(url("/conferences/" + c));
            page.click("#script-link");
            page.waitForURL("**/conferences/" + c + "/script");
            assertEquals("Kịch bản điều hành", page.locator("h1").innerText().trim());
            assertEquals(7, page.locator(".script-entry").count(), "six items and the break");
            var current = page.locator(".script-entry.current");
            assertEquals(1, current.count());
            assertEquals("entry-2", current.getAttribute("id"));
            assertEquals("time", current.getAttribute("aria-current"));
            assertTrue(current.innerText().contains("Đang diễn ra"), current.innerText());
            assertTrue(page.locator("#entry-1").innerText().contains("Trân trọng giới thiệu đồng chí Phạm Thị Lan"));
            assertTrue(page.locator("#entry-4").innerText().contains("Nghỉ giải lao"));
            // Large type for reading at arm's length.
            double size1 = Double.parseDouble(page.locator(".script-words").first()
                    .evaluate("e => parseFloat(getComputedStyle(e).fontSize)").toString());
            assertTrue(size1 >= 20, "font size " + size1);
            assertEquals("application/pdf", page.request().get(url("/conferences/" + c + "/script.pdf"))
                    .headers().get("content-type"));
            screenshot(page, "script-" + size[0]);
        }
    }
}
