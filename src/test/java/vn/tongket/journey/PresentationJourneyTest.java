package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;
import vn.tongket.support.MailServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A unit uploads its presentation from the emailed link; the organiser accepts it onto the agenda. */
@QuarkusTest
class PresentationJourneyTest extends BrowserTest {

    private MailServer smtp;

    @AfterEach
    void stopMail() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void unitUploadsFromTheEmailedLinkAndOrganiserAcceptsItOntoTheAgenda() throws Exception {
        smtp = MailServer.started();
        long c = Api.createConference("Hành trình tham luận", false);
        Page organiser = signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER);
        organiser.navigate(url("/conferences/" + c + "/presentations"));
        organiser.fill("#p-organization", "UBND huyện Tân Yên");
        organiser.fill("#p-email", "tanyen@example.vn");
        organiser.fill("#p-title", "Kết quả xây dựng khu vực phòng thủ");
        organiser.fill("#p-due", "2023-11-30");
        organiser.click("#p-request");
        organiser.waitForSelector("#presentation-table");

        String body = awaitMailText("tanyen@example.vn");
        Matcher m = Pattern.compile("https?://[^\\s\"<]+/presentation/[A-Za-z0-9_-]+").matcher(body);
        assertTrue(m.find(), body);
        String path = m.group().substring(m.group().indexOf("/presentation/"));

        Page unit = newPage(390, 844);
        unit.navigate(url(path));
        assertTrue(unit.textContent("#unit").contains("UBND huyện Tân Yên"));
        Path draft = Files.createTempFile("tham-luan", ".pdf");
        Files.write(draft, new vn.tongket.document.PdfRenderer().render("<html><body><p>" + "Tham luận của UBND huyện Tân Yên" + "</p></body></html>"));
        unit.setInputFiles("#upload-file", draft);
        unit.click("#upload-send");
        unit.waitForSelector("#upload-done");
        assertEquals("Đã gửi dự thảo", unit.textContent("#state").strip());

        organiser.navigate(url("/conferences/" + c + "/presentations"));
        organiser.fill(".accept-form input[name=startsAt]", "2023-12-08T09:30");
        organiser.fill(".accept-form input[name=endsAt]", "2023-12-08T09:45");
        organiser.fill(".accept-form input[name=presenter]", "Đồng chí Trần Văn Nam");
        organiser.click(".accept-button");
        organiser.waitForSelector("#presentation-table .state");
        assertEquals("Đã chấp nhận", organiser.textContent("#presentation-table .state").strip());
        organiser.navigate(url("/conferences/" + c));
        String agenda = organiser.textContent("#agenda");
        assertTrue(agenda.contains("UBND huyện Tân Yên") && agenda.contains("Trần Văn Nam"), agenda);
        screenshot(organiser, "presentation-accepted");
    }

    private String awaitMailText(String recipient) throws Exception {
        await("a mail to " + recipient).atMost(Duration.ofSeconds(30)).until(() -> !smtp.to(recipient).isEmpty());
        return text(smtp.to(recipient).get(0));
    }

    private static String text(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart p = multipart.getBodyPart(i);
                all.append(text(p));
            }
            return all.toString();
        }
        return String.valueOf(part.getContent());
    }
}
