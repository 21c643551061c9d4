package vn.tongket.invitation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.MailServer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static vn.tongket.support.MimeParts.leaves;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A name with markup in it is text everywhere it appears: escaped in every page, the letter and the mail's HTML,
 * and printed literally (not interpreted) in the letter PDF.
 */
@QuarkusTest
class MarkupEscapingTest {

    static final String NAME = "<script>alert(1)</script> Lê <b>Văn</b> Tâm";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt; Lê &lt;b&gt;Văn&lt;/b&gt; Tâm";

    private MailServer smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void markupInANameIsEscapedInPagesLetterMailAndPdf() throws Exception {
        smtp = MailServer.started();
        long conference = Invitations.futureConference("Hội nghị thử thoát ký tự");
        long delegate = Api.addDelegate(conference, NAME, "markup@example.vn", "GUEST", 1);
        String token = Invitations.tokenOf(conference, delegate);
        long invitation = Api.as(Api.ORGANIZER).get("/api/conferences/" + conference + "/invitations").then()
                .extract().jsonPath().getLong("[0].id");

        List<String> pages = List.of("/conferences/" + conference, "/conferences/" + conference + "/introduction",
                "/conferences/" + conference + "/invitations", "/conferences/" + conference + "/delegates/" + delegate + "/edit");
        var cookies = Api.sessionCookies(Api.ORGANIZER);
        for (String page : pages) {
            assertEscaped(page, RestAssured.given().cookies(cookies).get(page).then().statusCode(200)
                    .extract().asString());
        }
        assertEscaped("answer page", RestAssured.given().get("/rsvp/" + token).then().statusCode(200).extract().asString());
        assertEscaped("letter", Api.as(Api.ORGANIZER).accept("text/html").get("/api/invitations/" + invitation + "/letter")
                .then().statusCode(200).extract().asString());

        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf").get("/api/invitations/" + invitation + "/letter.pdf")
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(NAME), "printed literally in the PDF: " + text);
        }

        Api.as(Api.ORGANIZER).post("/api/conferences/" + conference + "/invitations/send").then().statusCode(202);
        await("the mail arrives").atMost(Duration.ofSeconds(60)).until(() -> !smtp.to("markup@example.vn").isEmpty());
        MimeMessage mail = smtp.to("markup@example.vn").get(0);
        for (Part part : leaves(mail)) {
            if (part.isMimeType("text/html")) {
                assertEscaped("mail HTML", (String) part.getContent());
            }
        }
    }

    private static void assertEscaped(String where, String html) {
        assertTrue(html.contains(ESCAPED), where + " shows the name as text");
        assertFalse(html.contains("<script>alert(1)") || html.contains("<b>Văn</b>"), where + " contains the raw markup");
    }
}
