package vn.tongket.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.document.QrMatrix;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The camera path end to end: Chromium's fake camera films a letter's QR code, and the desk (with jsQR, as Linux
 * Chromium has no BarcodeDetector for QR) reads it and lets the delegate in without a key pressed.
 */
@QuarkusTest
class CameraScanJourneyTest extends BrowserTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    @Test
    void aLetterHeldBeforeThePhoneCameraChecksTheDelegateIn() throws IOException {
        long id = Api.createConference("Hội nghị quét bằng camera", false);
        long d = Api.addDelegate(id, "Trường Chinh", null, "GUEST", 1);
        List<Map<String, Object>> invitations = Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations")
                .then().extract().jsonPath().getList("$");
        String token = invitations.stream().filter(i -> ((Number) i.get("delegateId")).longValue() == d)
                .map(i -> (String) i.get("token")).findFirst().orElseThrow();
        Path film = filmOf("http://localhost:8080/rsvp/" + token, Path.of("target", "fake-camera-" + id + ".y4m"));

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(CHROMIUM)).setHeadless(true)
                     .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--use-fake-device-for-media-stream",
                             "--use-fake-ui-for-media-stream", "--use-file-for-fake-video-capture=" + film.toAbsolutePath())))) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(390, 844).setLocale("vi-VN"));
            context.grantPermissions(List.of("camera"));
            Page phone = context.newPage();
            signIn(phone, Api.ORGANIZER, "demo-" + Api.ORGANIZER);
            phone.navigate(url("/conferences/" + id + "/checkin"));
            phone.click("#camera-start");
            phone.waitForSelector("#camera:not([hidden])");
            CheckInDeskJourneyTest.verdict(phone, "ok", "Trường Chinh");
            assertTrue(phone.isVisible("#camera-stop"));
            screenshot(phone, "checkin-camera-phone");
            phone.click("#camera-stop");
            assertTrue(phone.isHidden("#camera"));
        }
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then()
                .body("checkedIn", org.hamcrest.Matchers.equalTo(1));
    }

    /** One frame of YUV4MPEG2 (Chromium loops it): the code black on white in the middle of a 640x480 picture. */
    private static Path filmOf(String content, Path file) throws IOException {
        QrMatrix qr = QrMatrix.of(content);
        int scale = 400 / (qr.size() + 8);
        int left = (WIDTH - qr.size() * scale) / 2;
        int top = (HEIGHT - qr.size() * scale) / 2;
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 235);
        for (int y = 0; y < qr.size() * scale; y++) {
            for (int x = 0; x < qr.size() * scale; x++) {
                if (qr.dark(x / scale, y / scale)) {
                    luma[(top + y) * WIDTH + left + x] = 16;
                }
            }
        }
        byte[] chroma = new byte[WIDTH * HEIGHT / 2];
        Arrays.fill(chroma, (byte) 128);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\nFRAME\n").getBytes(StandardCharsets.US_ASCII));
            out.write(luma);
            out.write(chroma);
        }
        return file;
    }
}
