package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A delegate answers on a phone; the organiser issues invitations and checks people in at the door. */
@QuarkusTest
class InvitationJourneyTest extends BrowserTest {

    @Test
    void delegateSendsASubstituteFromAPhone() {
        long id = futureConference("Hội nghị trả lời trên điện thoại");
        long d = Api.addDelegate(id, "Nguyễn Thị Minh Khai", "khai@example.vn", "GUEST", 1);
        String token = token(id, d);

        Page phone = newPage(390, 844);
        phone.navigate(url("/rsvp/" + token));
        assertTrue(phone.textContent("#letter").contains("Nguyễn Thị Minh Khai"));
        assertTrue(phone.textContent("#letter").contains("GIẤY MỜI"));
        assertTrue(phone.locator("#rsvp-presides").boundingBox().y + 10 < phone.locator("#rsvp-form").boundingBox().y,
                "what, when, where and who presides come before the choices");
        assertTrue(phone.locator("#rsvp-form").boundingBox().y < 844, "the choices are on the first screen");
        screenshot(phone, "rsvp-phone-first");
        assertFalse(phone.isVisible("#substitute-name"), "substitute fields only for a substitute");
        int width = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
        assertTrue(width <= 390, "no sideways scrolling on a phone: " + width);

        phone.check("#answer-DELEGATE");
        assertTrue(phone.isVisible("#substitute-name"));
        phone.fill("#substitute-position", "Phó Chủ tịch UBND xã");
        phone.click("#rsvp-submit");
        phone.waitForLoadState();
        assertTrue(phone.textContent("#form-error").contains("họ tên người đi thay"), phone.textContent("#form-error"));
        assertTrue(phone.isChecked("#answer-DELEGATE"), "the refused answer keeps the chosen answer");
        assertEquals("Phó Chủ tịch UBND xã", phone.inputValue("#substitute-position"));
        assertTrue(phone.isVisible("#substitute-name"));

        phone.check("#answer-DELEGATE");
        phone.fill("#substitute-name", "Võ Văn Kiệt");
        phone.fill("#substitute-position", "Phó Chủ tịch UBND xã");
        phone.click("#rsvp-submit");
        phone.waitForURL("**/rsvp/" + token + "?saved=true");
        assertTrue(phone.textContent("#rsvp-notice").contains("Cử người đi thay"), phone.textContent("#rsvp-notice"));
        assertTrue(phone.textContent("#rsvp-next-text").contains("Võ Văn Kiệt"), phone.textContent("#rsvp-next-text"));
        assertTrue(phone.isVisible("#rsvp-qr"), "the gate code after answering");
        assertTrue(phone.isVisible("#rsvp-calendar"));
        screenshot(phone, "rsvp-phone");

        phone.check("#answer-ACCEPT");
        phone.click("#rsvp-submit");
        phone.waitForLoadState();
        assertEquals("Tham dự", phone.textContent("#rsvp-status").trim());
    }

    @Test
    void organizerIssuesInvitationsAndChecksDelegatesInAtTheDoor() {
        long id = futureConference("Hội nghị điểm danh tại cửa");
        long a = Api.addDelegate(id, "Phan Bội Châu", "chau@example.vn", "GUEST", 1);
        long b = Api.addDelegate(id, "Phan Châu Trinh", "trinh@example.vn", "PARTICIPANT", 2);

        Page page = signIn("bochqs", "demo-bochqs");
        page.navigate(url("/conferences/" + id));
        page.click("#invitations-link");
        page.click("#issue");
        page.waitForLoadState();
        assertTrue(page.textContent("#notice").contains("2"), page.textContent("#notice"));
        assertEquals(2, page.locator("#invitation-table tbody tr").count());
        assertTrue(page.textContent("#invitation-table").contains("07/GM-UBND"));
        assertEquals("2", page.textContent("#invitation-counts [data-count=invited]").trim());

        String tokenA = token(id, a);
        String tokenB = token(id, b);
        answerAsSubstitute(tokenB);

        Page door = newPage(390, 844);
        signIn(door, "bochqs", "demo-bochqs");
        door.navigate(url("/conferences/" + id + "/checkin"));
        door.fill("#checkin-code", "http://localhost:8080/rsvp/" + tokenA);
        door.press("#checkin-code", "Enter");
        CheckInDeskJourneyTest.verdict(door, "ok", "Phan Bội Châu");

        door.fill("#checkin-code", tokenA);
        door.press("#checkin-code", "Enter");
        CheckInDeskJourneyTest.verdict(door, "already", "Phan Bội Châu");
        assertTrue(door.textContent("#checkin-note").contains("Đến lúc"), door.textContent("#checkin-note"));

        door.fill("#checkin-code", tokenB);
        door.press("#checkin-code", "Enter");
        CheckInDeskJourneyTest.verdict(door, "ok", "Hồ Tùng Mậu");
        assertTrue(door.textContent("#checkin-note").contains("Phan Châu Trinh"), door.textContent("#checkin-note"));

        door.fill("#checkin-code", "ma-khong-ton-tai");
        door.press("#checkin-code", "Enter");
        CheckInDeskJourneyTest.verdict(door, "unknown", "");
        assertTrue(door.textContent("#checkin-note").contains("Mã không thuộc giấy mời nào"));

        door.click("#camera-start");
        door.waitForSelector("#camera-message:not([hidden])");
        assertFalse(door.textContent("#camera-message").isBlank(), "a clear message when the camera cannot be used");
        screenshot(door, "checkin-phone");

        page.navigate(url("/conferences/" + id));
        assertEquals("2", page.textContent("#invitation-counts [data-count=checkedIn]").trim());
    }

    @Test
    void sendingSaysWhatIsHappeningAndAllowsNoSecondClickUntilTheMailsAreQueued() {
        long id = futureConference("Hội nghị gửi thư có thông báo chờ");
        Api.addDelegate(id, "Lê Văn Hưu", "huu@example.vn", "GUEST", 1);
        Api.addDelegate(id, "Ngô Sĩ Liên", "lien@example.vn", "PARTICIPANT", 2);
        Page page = signIn("bochqs", "demo-bochqs");
        page.navigate(url("/conferences/" + id + "/invitations"));
        page.click("#issue");
        page.waitForSelector("#notice");
        assertFalse(page.isVisible("#busy"), "no notice before anything runs");

        // The form posts into a hidden frame, so that this page stays to be looked at while the request runs and after,
        // as it does during a long send; a listener after the page's own records whether each submit was let through.
        page.evaluate("() => { const f = document.createElement('iframe'); f.name = 'sink'; f.hidden = true;"
                + " document.body.appendChild(f); window.submits = [];"
                + " window.addEventListener('submit', e => window.submits.push(!e.defaultPrevented));"
                + " document.querySelector('form[action$=\"/invitations/send\"]').target = 'sink'; }");
        page.check("#send-confirm");
        page.click("#send");
        page.waitForFunction("() => ['#send', '#issue'].every(b => document.querySelector(b).disabled)");
        assertTrue(page.isVisible("#busy"));
        assertTrue(page.textContent("#busy").contains("xếp thư vào hàng gửi"), page.textContent("#busy"));
        page.evaluate("() => document.querySelector('form[action$=\"/invitations/send\"]').requestSubmit()");
        assertEquals(List.of(true, false), page.evaluate("() => window.submits"), "a second submit while the first runs goes nowhere");

        // Meanwhile the counts on the open page follow, every second: both mails waiting or already sent. (The answer
        // itself is not shown in the frame: pages refuse to be framed.)
        page.waitForFunction("() => ['queued', 'sent'].map(c => +document.querySelector('#invitation-counts [data-count=' + c + ']')"
                + ".textContent).reduce((a, b) => a + b) === 2", null, new Page.WaitForFunctionOptions().setTimeout(10_000));
        page.navigate(url("/conferences/" + id + "/invitations"));
        assertFalse(page.isVisible("#busy"));
        assertFalse(page.isDisabled("#issue"));
        assertTrue(page.isVisible("#send-nothing"), "nothing left to send");
        int queued = Integer.parseInt(page.textContent("#invitation-counts [data-count=queued]").trim());
        int sent = Integer.parseInt(page.textContent("#invitation-counts [data-count=sent]").trim());
        assertEquals(2, queued + sent, "both mails waiting or already sent");
    }

    @Test
    void organizerSendsOnlyAfterReadingWhatWillHappenAndTickingTheBox() {
        long id = futureConference("Hội nghị gửi sau khi xác nhận");
        Api.addDelegate(id, "Lê Hoàn", "hoan@example.vn", "GUEST", 1);
        Api.addDelegate(id, "Đinh Bộ Lĩnh", "linh@example.vn", "GUEST", 2);
        long paper = Api.addDelegate(id, "Ngô Quyền", null, "PARTICIPANT", 3);
        Page page = signIn("bochqs", "demo-bochqs");
        page.navigate(url("/conferences/" + id + "/invitations"));
        page.click("#issue");
        page.waitForSelector("#notice");
        assertEquals("Gửi giấy mời tới 2 đại biểu có email; 1 đại biểu chưa có email sẽ nhận thư in.",
                page.textContent("#send-plan").trim());
        assertTrue(page.isVisible("#warn-base-url"), "letters linking to localhost are warned about");
        screenshot(page, "invitations-send-confirm");

        page.click("#send");
        assertEquals("0", page.textContent("#invitation-counts [data-count=queued]").trim(),
                "nothing is sent before the box is ticked");
        assertFalse(page.url().contains("/send"), page.url());
        page.check("#send-confirm");
        page.click("#send");
        page.waitForURL("**/invitations?notice=**");
        assertTrue(page.textContent("#notice").contains("Đã xếp 2 thư"), page.textContent("#notice"));
        assertTrue(page.isVisible("#send-nothing"));

        String paperToken = token(id, paper);
        Page phone = newPage(390, 844);
        signIn(phone, "bochqs", "demo-bochqs");
        phone.navigate(url("/conferences/" + id + "/invitations"));
        int width = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
        assertTrue(width <= 390, "no sideways scrolling on a phone: " + width);
        screenshot(phone, "invitations-phone");
        phone.navigate(url("/conferences/" + id));
        phone.locator("#delegate-table tr[data-id='" + paper + "'] button.danger").click();
        phone.waitForSelector("#delete-plan");
        assertTrue(phone.textContent("#delete-plan").contains("thu hồi"), phone.textContent("#delete-plan"));
        screenshot(phone, "delegate-withdraw-confirm-phone");
        phone.check("#delete-confirm");
        phone.click("#delete-submit");
        phone.waitForSelector("#delegate-table");
        assertFalse(phone.locator("#delegate-table").innerText().contains("Ngô Quyền"));
        Page answer = newPage(390, 844);
        answer.navigate(url("/rsvp/" + paperToken));
        assertTrue(answer.textContent("#rsvp-withdrawn").contains("đã được thu hồi"), answer.textContent("#rsvp-withdrawn"));
        assertFalse(answer.isVisible("#rsvp-form"));
        screenshot(answer, "rsvp-withdrawn-phone");

        page.navigate(url("/conferences/" + id + "/invitations"));
        assertTrue(page.locator("#invitation-table tr[data-id]").last().innerText().contains("Đã thu hồi"));
        screenshot(page, "invitations-withdrawn");
    }

    private void answerAsSubstitute(String token) {
        Page phone = newPage(390, 844);
        phone.navigate(url("/rsvp/" + token));
        phone.check("#answer-DELEGATE");
        phone.fill("#substitute-name", "Hồ Tùng Mậu");
        phone.fill("#substitute-position", "Phó Giám đốc Sở");
        phone.click("#rsvp-submit");
        phone.waitForURL("**saved=true");
    }

    private static long futureConference(String title) {
        int year = java.time.Year.now().getValue() + 1;
        return Api.as(Api.ORGANIZER).body("""
                {"title": "%s", "reviewYear": %d, "startsAt": "%d-12-08T07:30", "endsAt": "%d-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang",
                 "letter": {"number": 7, "issuedOn": "%d-12-01"}}
                """.formatted(title, year - 1, year, year, year))
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String token(long conferenceId, long delegateId) {
        List<Map<String, Object>> list = Api.as(Api.ORGANIZER).post("/api/conferences/" + conferenceId + "/invitations")
                .then().extract().jsonPath().getList("$");
        return list.stream().filter(i -> ((Number) i.get("delegateId")).longValue() == delegateId)
                .map(i -> (String) i.get("token")).findFirst().orElseThrow();
    }
}
