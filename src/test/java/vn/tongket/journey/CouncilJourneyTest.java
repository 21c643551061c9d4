package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The council's vote (issue 20): the secretary records the meeting, the members and who is present, enters the paper
 * counts (one more ballot than members present is refused at its field); the nominee the vote carried goes forward
 * to Home Affairs, the other is held back with the rule in words; the minutes print.
 */
@QuarkusTest
class CouncilJourneyTest extends BrowserTest {

    @Test
    void fromTheCouncilsPaperCountToTheNominationGoingForward() {
        long conf = Api.createConference("Hội nghị hành trình Hội đồng", false);
        long collective = nomination(conf, "COLLECTIVE", "Ban CHQS xã Hành Trình", "");
        long individual = nomination(conf, "INDIVIDUAL", "Vũ Văn Thiếu", "\"position\": \"Xã đội trưởng\", ");

        Page page = signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        page.navigate(url("/conferences/" + conf));
        page.click("#council-link");
        page.waitForURL("**/conferences/" + conf + "/council");
        page.fill("#meeting-name", "Hội đồng Thi đua - Khen thưởng Bộ CHQS tỉnh");
        page.fill("#meeting-heldAt", "2024-11-28T08:00");
        page.fill("#meeting-place", "Phòng họp Bộ CHQS tỉnh");
        page.click("#meeting-save");
        page.waitForSelector("#notice");

        member(page, "Nghiêm Văn Thắng", "CHAIR", true);
        member(page, "Mạc Thị Thu", "SECRETARY", true);
        member(page, "Đinh Công Lực", "MEMBER", true);
        member(page, "Kiều Văn Sơn", "MEMBER", false);
        assertTrue(page.textContent("#quorum").contains("Có mặt 3/4"), page.textContent("#quorum"));

        page.fill("#tally-" + collective + "-yes", "3");
        page.fill("#tally-" + collective + "-no", "1");
        page.fill("#tally-" + collective + "-blank", "0");
        page.click("#tally-" + collective + "-save");
        page.waitForSelector("#tally-" + collective + " .field-error");
        assertTrue(page.textContent("#tally-" + collective + " .field-error")
                .contains("Tổng số phiếu (4) vượt quá số thành viên Hội đồng có mặt (3)"));
        assertEquals("true", page.getAttribute("#tally-" + collective + "-yes", "aria-invalid"));
        page.fill("#tally-" + collective + "-no", "0");
        page.click("#tally-" + collective + "-save");
        page.waitForSelector("#notice");
        assertEquals("Đạt", page.textContent("#verdict-" + collective).trim());

        page.fill("#tally-" + individual + "-yes", "2");
        page.fill("#tally-" + individual + "-no", "1");
        page.fill("#tally-" + individual + "-blank", "0");
        page.click("#tally-" + individual + "-save");
        page.waitForSelector("#notice");
        assertEquals("Không đạt", page.textContent("#verdict-" + individual).trim());
        screenshot(page, "council-desktop");
        assertEquals(200, page.request().get(url(page.getAttribute("#minutes-link", "href"))).status());

        page.navigate(url("/conferences/" + conf + "/nominations/" + individual));
        page.click("#submit-one");
        page.waitForSelector("#form-error");
        assertTrue(page.textContent("#form-error").contains("được 50% phiếu đồng ý, dưới tỷ lệ 70%"),
                page.textContent("#form-error"));

        page.navigate(url("/conferences/" + conf + "/nominations/" + collective));
        page.click("#submit-one");
        page.waitForSelector("#nomination-status:has-text('Đã gửi thẩm định')");

        Page phone = newPage(390, 844);
        signIn(phone, Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        phone.navigate(url("/conferences/" + conf + "/council"));
        screenshot(phone, "council-phone");
    }

    @Test
    void theTargetsAreSeededFromThePlanAndTheUnitsThatMetThemAreOneClickAway() {
        long conf = Api.createConference("Hội nghị hành trình chỉ tiêu", false);
        Page page = newPage(390, 844);
        signIn(page, Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        page.navigate(url("/conferences/" + conf));
        page.click("#targets-link");
        page.click("#seed-targets");
        page.waitForSelector("#target-table");
        assertEquals(4, page.locator("#target-table tbody tr").count());
        for (String option : page.locator("#result-target option").all().stream().map(o -> o.getAttribute("value")).toList()) {
            page.fill("#result-organization", "Xã Hành Trình");
            page.selectOption("#result-target", option);
            page.fill("#result-value", "100");
            page.click("#result-save");
            page.waitForSelector("#notice");
        }
        screenshot(page, "targets-phone");
        page.click("#met-link");
        page.waitForSelector("#met-units");
        assertEquals("Xã Hành Trình", page.textContent("#met-units li").trim());
    }

    /** Adds a council member on the council page (also used by the dossier journey). */
    static void member(Page page, String name, String role, boolean present) {
        page.fill("#new-member-fullName", name);
        page.selectOption("#new-member-role", role);
        page.setChecked("#new-member-present", present);
        page.click("#new-member-save");
        page.waitForSelector("#member-table tr:has(input[value='" + name + "'])");
    }

    private static long nomination(long conf, String kind, String name, String extra) {
        return Api.as(Api.ORGANIZER).body("""
                {"kind": "%s", "nomineeName": "%s", %s"organization": "Xã Hành Trình", "grassroots": true,
                 "achievements": "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2023"}
                """.formatted(kind, name, extra))
                .post("/api/conferences/" + conf + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
