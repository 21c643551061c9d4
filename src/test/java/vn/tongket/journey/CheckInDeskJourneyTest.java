package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A steward at the door on the conference morning, at a desk PC and on a phone: finds a delegate who forgot the letter,
 * checks them in, hears and sees the verdict, scans the same letter again, and watches the figures follow.
 */
@QuarkusTest
class CheckInDeskJourneyTest extends BrowserTest {

    /** Records each tone the page plays: headless Chromium has no speakers to listen to. */
    private static final String RECORD_TONES = "(() => { window.tones = []; const C = window.AudioContext;"
            + " if (!C) { return; } const create = C.prototype.createOscillator;"
            + " C.prototype.createOscillator = function () { const o = create.call(this); const start = o.start.bind(o);"
            + " o.start = (t) => { window.tones.push(Math.round(o.frequency.value)); start(t); }; return o; }; })()";

    @Test
    void stewardAtADeskPcFindsChecksInAndSeesTheFiguresChange() {
        desk(1280, 800, "desktop");
    }

    @Test
    void stewardWithAPhoneDoesTheSame() {
        desk(390, 844, "phone");
    }

    private void desk(int width, int height, String size) {
        long id = futureConference("Hội nghị bàn điểm danh " + size);
        long guest = Api.addDelegate(id, "Võ Nguyên Giáp", null, "GUEST", 1);
        Api.as(Api.ORGANIZER).body("""
                {"fullName": "Trịnh Thị Hoa", "position": "Chỉ huy trưởng", "organization": "Ban CHQS huyện Lục Nam",
                 "category": "PARTICIPANT", "precedence": 2}
                """).post("/api/conferences/" + id + "/delegates").then().statusCode(201);
        long late = Api.addDelegate(id, "Nguyễn Chí Thanh", null, "PARTICIPANT", 3);
        List<Map<String, Object>> invitations = issue(id);

        Page page = newPage(width, height);
        page.addInitScript(RECORD_TONES);
        signIn(page, Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        page.navigate(url("/conferences/" + id + "/checkin"));
        assertEquals("0", page.textContent("[data-figure=arrived]").trim());
        assertEquals("3", page.textContent("[data-figure=expected]").trim());
        screenshot(page, "checkin-desk-empty-" + size);

        // A delegate without the letter, found by unit; the check-in does not leave the page.
        page.fill("#desk-search", "luc nam");
        page.press("#desk-search", "Enter");
        page.waitForSelector("#desk-found");
        assertTrue(page.textContent("#desk-found").contains("Trịnh Thị Hoa"), page.textContent("#desk-found"));
        page.click("#desk-found button");
        verdict(page, "ok", "Trịnh Thị Hoa");
        assertTrue(page.textContent("#checkin-verdict").contains("Mời vào"), page.textContent("#checkin-verdict"));
        assertTrue(page.textContent("#checkin-details").contains("Ban CHQS huyện Lục Nam"));
        page.waitForSelector("#desk-found .badge.arrived");
        page.waitForFunction("() => document.querySelector('[data-figure=arrived]').textContent.trim() === '1'");
        assertTrue(page.textContent("#desk-recent").contains("Trịnh Thị Hoa"), page.textContent("#desk-recent"));
        page.waitForFunction("() => window.tones.join() === '880,1320'");
        assertNoSidewaysScroll(page, width);
        screenshot(page, "checkin-desk-ok-" + size);

        // The guest's letter scanned twice (a handheld scanner types the answer link and Enter).
        String guestLink = "http://localhost:8080/rsvp/" + token(invitations, guest);
        page.fill("#checkin-code", guestLink);
        page.press("#checkin-code", "Enter");
        verdict(page, "ok", "Võ Nguyên Giáp");
        page.fill("#checkin-code", guestLink);
        page.press("#checkin-code", "Enter");
        verdict(page, "already", "Võ Nguyên Giáp");
        assertTrue(page.textContent("#checkin-verdict").contains("Đã điểm danh trước đó"));
        assertTrue(page.textContent("#checkin-note").contains("Đến lúc"), page.textContent("#checkin-note"));
        page.waitForFunction("() => window.tones.join() === '880,1320,880,1320,620,620'");
        screenshot(page, "checkin-desk-already-" + size);

        page.fill("#checkin-code", "ma-khong-ton-tai");
        page.press("#checkin-code", "Enter");
        verdict(page, "unknown", "");
        assertTrue(page.textContent("#checkin-note").contains("Mã không thuộc giấy mời nào"));
        assertEquals("", page.inputValue("#checkin-code"), "the field is ready for the next letter");
        screenshot(page, "checkin-desk-unknown-" + size);

        // Another desk lets the last one in: this page's figures follow without a reload.
        Api.as(Api.ORGANIZER).body("{\"code\": \"" + token(invitations, late) + "\"}")
                .post("/api/conferences/" + id + "/checkins").then().statusCode(200);
        page.waitForFunction("() => document.querySelector('[data-figure=arrived]').textContent.trim() === '3'"
                + " && document.querySelector('[data-figure=awaited]').textContent.trim() === '0'");
        assertTrue(page.textContent("#desk-recent li").contains("Nguyễn Chí Thanh"), page.textContent("#desk-recent"));
        assertTrue(page.textContent("#desk-groups").contains("Thành phần hội nghị"));
    }

    @Test
    void theQrDecoderForBrowsersWithoutBarcodeDetectorIsServedAndReadsOurLetters() {
        long id = futureConference("Hội nghị giải mã QR");
        long d = Api.addDelegate(id, "Lê Duẩn", null, "GUEST", 1);
        List<Map<String, Object>> invitations = issue(id);
        long invitation = invitations.stream().filter(i -> ((Number) i.get("delegateId")).longValue() == d)
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();

        Page page = signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        page.navigate(url("/conferences/" + id + "/checkin"));
        // What checkin.js does when the browser has no BarcodeDetector for QR: load jsQR, read a picture of the code
        // (here the letter's own QR image instead of a camera frame).
        Object read = page.evaluate("async (letter) => {"
                + " await new Promise((ok, ko) => { const s = document.createElement('script');"
                + "   s.src = document.getElementById('desk').dataset.decoder; s.onload = ok; s.onerror = ko; document.head.append(s); });"
                + " const html = await (await fetch(letter)).text();"
                + " const src = new DOMParser().parseFromString(html, 'text/html').querySelector('.qr img').src;"
                + " const img = new Image(); img.src = src; await img.decode();"
                + " const c = document.createElement('canvas'); c.width = img.naturalWidth + 40; c.height = img.naturalHeight + 40;"
                + " const g = c.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height); g.drawImage(img, 20, 20);"
                + " const data = g.getImageData(0, 0, c.width, c.height);"
                + " const code = window.jsQR(data.data, data.width, data.height);"
                + " return code ? code.data : null; }",
                "/conferences/" + id + "/invitations/" + invitation + "/letter");
        assertTrue(String.valueOf(read).endsWith("/rsvp/" + token(invitations, d)), "read: " + read);
    }

    /** Waits for the large panel to give this verdict for this person. */
    static void verdict(Page page, String outcome, String name) {
        page.waitForFunction("([outcome, name]) => { const r = document.getElementById('checkin-result');"
                + " return !r.hidden && r.dataset.outcome === outcome && document.getElementById('checkin-name').textContent.includes(name); }",
                List.of(outcome, name));
    }

    private static void assertNoSidewaysScroll(Page page, int width) {
        int scroll = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertTrue(scroll <= width, "no sideways scrolling: " + scroll + " > " + width);
        var card = page.locator("section.checkin").boundingBox();
        var button = page.locator("#checkin-submit").boundingBox();
        assertTrue(button.x + button.width < card.x + card.width - 8, "the code form stays inside its card");
        assertTrue(page.isHidden("#camera-stop"), "one camera button at a time");
    }

    private static List<Map<String, Object>> issue(long conferenceId) {
        return Api.as(Api.ORGANIZER).post("/api/conferences/" + conferenceId + "/invitations")
                .then().extract().jsonPath().getList("$");
    }

    private static String token(List<Map<String, Object>> invitations, long delegateId) {
        return invitations.stream().filter(i -> ((Number) i.get("delegateId")).longValue() == delegateId)
                .map(i -> (String) i.get("token")).findFirst().orElseThrow();
    }

    private static long futureConference(String title) {
        int year = java.time.Year.now().getValue() + 1;
        return Api.as(Api.ORGANIZER).body("""
                {"title": "%s", "reviewYear": %d, "startsAt": "%d-12-08T07:30", "endsAt": "%d-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang"}
                """.formatted(title, year - 1, year, year))
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
