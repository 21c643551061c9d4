package vn.tongket.invitation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tongket.mail.OutboxMessage;
import vn.tongket.mail.OutboxStatus;
import vn.tongket.support.Api;
import vn.tongket.support.MailServer;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static vn.tongket.support.MimeParts.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invitations leave through the outbox to a real SMTP server (GreenMail), once each, also across an outage. */
@QuarkusTest
class MailDeliveryTest {

    private MailServer smtp;

    /**
     * Mails other test classes left due (sent while no SMTP server ran) would go first and, one a round while the
     * server is down, hold this class's mails back past its waits: they are set aside as FAILED.
     */
    @BeforeEach
    void setAsideOtherClassesMails() {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("status = ?1 where status in (?2, ?3)",
                OutboxStatus.FAILED, OutboxStatus.PENDING, OutboxStatus.SENDING));
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void invitationMailCarriesVietnameseSubjectHtmlTextPdfAndIcs() throws Exception {
        smtp = MailServer.started();
        String title = "Hội nghị tổng kết công tác quốc phòng địa phương năm 2023";
        long id = Api.createConference(title, false);
        Api.addDelegate(id, "Đỗ Thị Hương Giang", "giang.mail@example.vn", "GUEST", 1);
        Api.addDelegate(id, "Không Có Thư", null, "PARTICIPANT", 2);
        Invitations.issue(id);

        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then()
                .statusCode(202).body("queued", equalTo(1));
        await("the mail arrives", () -> smtp.to("giang.mail@example.vn").size() == 1);

        MimeMessage mail = smtp.to("giang.mail@example.vn").get(0);
        assertEquals("Giấy mời dự " + title, mail.getSubject());
        assertEquals("Tong ket <tongket@localhost>", mail.getFrom()[0].toString(), "from quarkus.mailer.from");
        List<Part> parts = leaves(mail);
        String html = text(parts, "text/html");
        String text = text(parts, "text/plain");
        assertTrue(html.contains("Đỗ Thị Hương Giang") && html.contains("/rsvp/"), html);
        assertTrue(text.contains("Kính gửi: Đồng chí Đỗ Thị Hương Giang") && text.contains("http://localhost:8080/rsvp/"), text);
        assertTrue(text.contains("07 giờ 30 phút, thứ Sáu, ngày 08/12/2023"), text);

        // The QR code is an inline part the HTML links by Content-ID (mail programs do not show data: images), and it
        // scans back to the answer link the text part gives.
        assertFalse(html.contains("data:image"), "no data: image in the mail");
        Part qr = part(parts, "image/png");
        String contentId = ((jakarta.mail.internet.MimePart) qr).getContentID();
        assertNotNull(contentId, "the QR part has a Content-ID");
        assertTrue(html.contains("src=\"cid:" + contentId.substring(1, contentId.length() - 1) + "\""), html);
        String answerLink = text.substring(text.indexOf("http://localhost:8080/rsvp/")).split("\\s")[0];
        assertEquals(answerLink, InvitationApiTest.scanQrImage(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes(qr)))));

        Part pdfPart = part(parts, "application/pdf");
        assertEquals("giay-moi-07-GM-UBND-1.pdf", pdfPart.getFileName());
        try (PDDocument doc = Loader.loadPDF(bytes(pdfPart))) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Đỗ Thị Hương Giang"));
        }
        String ics = new String(bytes(part(parts, "text/calendar")), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(ics.contains("BEGIN:VEVENT"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20231208T073000"), ics);
        assertTrue(ics.contains("DTEND;TZID=Asia/Ho_Chi_Minh:20231208T113000"), ics);
        assertTrue(ics.contains("LOCATION:Hội trường Bộ CHQS tỉnh\\, Đường Võ Nguyên Giáp\\, Bắc Giang"), ics);

        await("the invitation is marked sent", () -> "SENT".equals(Api.as(Api.ORGANIZER)
                .get("/api/conferences/" + id + "/invitations").jsonPath().getString("[0].status")));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then()
                .body("invited", equalTo(2)).body("sent", equalTo(1)).body("notAnswered", equalTo(2));
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then()
                .statusCode(202).body("queued", equalTo(0));
    }

    @Test
    void smtpDownDuringSendingEveryMailArrivesExactlyOnceWhenItIsBack() throws Exception {
        long id = Api.createConference("Hội nghị máy chủ thư tạm ngừng", false);
        List<String> recipients = List.of("down1@example.vn", "down2@example.vn", "down3@example.vn");
        for (int i = 0; i < recipients.size(); i++) {
            Api.addDelegate(id, "Đại biểu thư " + i, recipients.get(i), "PARTICIPANT", i);
        }
        Invitations.issue(id);
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then().body("queued", equalTo(3));

        await("every mail has failed twice and waits for a retry", () -> outbox(id).stream()
                .allMatch(m -> m.attempts >= 2 && m.status == OutboxStatus.PENDING && m.lastError != null));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then()
                .body("queued", equalTo(3)).body("sent", equalTo(0)).body("failed", equalTo(0));
        smtp = MailServer.started();
        // Once a row is recorded as sent no try of it is left to run, so a second copy would have arrived by then.
        await("every mail is recorded as sent", () -> outbox(id).stream().allMatch(m -> m.status == OutboxStatus.SENT));
        for (String r : recipients) {
            assertEquals(1, smtp.to(r).size(), "exactly one mail to " + r);
        }
        for (OutboxMessage m : outbox(id)) {
            // The Message-ID is fixed by the outbox row, the same on every try (the earlier ones failed).
            String messageId = smtp.to(m.recipient).get(0).getMessageID();
            assertTrue(messageId.startsWith("<tongket." + m.id + ".") && messageId.endsWith("@localhost>"), messageId);
        }
        await("the invitations count as sent, none waiting", () -> Api.as(Api.ORGANIZER)
                .get("/api/conferences/" + id + "/attendance").jsonPath().getInt("queued") == 0);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then().body("sent", equalTo(3));
    }

    @Test
    void mailFailedAfterTheLastTryShowsItsErrorAndIsResentByHand() throws Exception {
        long id = Api.createConference("Hội nghị thư gửi lỗi", false);
        Api.addDelegate(id, "Người Nhận Lỗi", "failing@example.vn", "PARTICIPANT", 1);
        Invitations.issue(id);
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then().body("queued", equalTo(1));

        await("the mail is given up", () -> outbox(id).get(0).status == OutboxStatus.FAILED, Duration.ofSeconds(60));
        OutboxMessage failed = outbox(id).get(0);
        assertNotNull(failed.lastError);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/invitations").then().body("[0].status", equalTo("FAILED"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then().body("failed", equalTo(1));

        var session = Api.sessionCookies(Api.ORGANIZER);
        var outboxPage = RestAssured.given().cookies(session).get("/conferences/" + id + "/outbox");
        outboxPage.then().statusCode(200).body(containsString("Gửi lỗi"))
                .body(containsString("/outbox/" + failed.id + "/resend"))
                .body(containsString(failed.lastError.substring(0, Math.min(20, failed.lastError.length()))));

        smtp = MailServer.started();
        String csrf = outboxPage.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        RestAssured.given().redirects().follow(false).cookies(session)
                .cookie("csrf-token", outboxPage.cookie("csrf-token")).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).post("/conferences/" + id + "/outbox/" + failed.id + "/resend")
                .then().statusCode(303);
        // The first try may hit the mail client's timeout while the SMTP server is still starting; the next try
        // (retry delay of the test profile) then delivers it, so allow for one client timeout.
        await("the re-sent mail arrives", () -> smtp.to("failing@example.vn").size() == 1, Duration.ofSeconds(120));
        await("the invitation is sent", () -> "SENT".equals(Api.as(Api.ORGANIZER)
                .get("/api/conferences/" + id + "/invitations").jsonPath().getString("[0].status")));
    }

    private static List<OutboxMessage> outbox(long conferenceId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.listByConference(conferenceId));
    }

    static void await(String what, BooleanSupplier condition) {
        await(what, condition, Duration.ofSeconds(30));
    }

    static void await(String what, BooleanSupplier condition, Duration timeout) {
        Awaitility.await(what).atMost(timeout).until(condition::getAsBoolean);
    }
}
