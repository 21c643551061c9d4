package vn.tongket.signature;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tongket.mail.OutboxMessage;
import vn.tongket.mail.OutboxStatus;
import vn.tongket.support.Api;
import vn.tongket.support.Decisions;
import vn.tongket.support.MailServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tongket.support.MimeParts.bytes;
import static vn.tongket.support.MimeParts.leaves;

/**
 * Issue 22: an issued decision or letter is signed once (signer, then office; the demo authority in tests), stored,
 * and served byte for byte; anyone can verify it, and any change to the file is caught. A draft is never signed.
 */
@QuarkusTest
class SignedDocumentsTest {

    private MailServer smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static byte[] decisionPdf(String address) {
        return Decisions.pdf(address);
    }

    private static Response verify(byte[] pdf) {
        return RestAssured.given().contentType("application/pdf").body(pdf).post("/api/verify");
    }

    private static int signatures(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getSignatureDictionaries().size();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aDecisionIsSignedVerifiedAndOneChangedByteIsCaught() throws Exception {
        byte[] pdf = decisionPdf(Decisions.recorded("Hội nghị quyết định ký số", "163/QĐ-UBND"));
        assertEquals(2, signatures(pdf), "the signer's signature, then the office's");
        Files.createDirectories(Path.of("target", "signed"));
        Files.write(Path.of("target", "signed", "quyet-dinh.pdf"), pdf);

        verify(pdf).then().statusCode(200)
                .body("valid", equalTo(true))
                .body("reason", containsString("nguyên vẹn"))
                .body("number", equalTo("163/QĐ-UBND"))
                .body("issuedOn", equalTo("2023-12-05"))
                .body("issuer", equalTo("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"))
                .body("signers", hasSize(2))
                .body("signers[0].name", equalTo("Nguyễn Văn Demo (chứng thư thử nghiệm)"))
                .body("signers[1].name", equalTo("Văn phòng demo (chứng thư thử nghiệm)"))
                .body("signers[0].signedAt", org.hamcrest.Matchers.notNullValue());

        // One byte of the signed content changed (inside the first signed range): refused, in Vietnamese.
        byte[] flipped = pdf.clone();
        flipped[flipped.length / 4] ^= 0x20;
        verify(flipped).then().statusCode(200).body("valid", equalTo(false))
                .body("reason", org.hamcrest.Matchers.not(containsString("nguyên vẹn, đúng")));
        RestAssured.given().contentType("application/pdf").header("Accept-Language", "en").body(flipped)
                .post("/api/verify").then().statusCode(200).body("valid", equalTo(false));

        // The independent verifier agrees: both signatures valid on the issued file, not on the changed one.
        assertEquals(2, pdfsigValid(pdf), "pdfsig on the issued decision");
        assertEquals(0, pdfsigValid(flipped), "pdfsig on the changed decision");
    }

    @Test
    void everyDownloadServesTheStoredBytes() {
        String address = Decisions.recorded("Hội nghị quyết định tải nhiều lần", "164/QĐ-UBND");
        byte[] first = decisionPdf(address);
        byte[] again = decisionPdf(address);
        assertArrayEquals(first, again);
    }

    @Test
    void theVerificationPageShowsTheDocumentItsQrCodeNames() throws Exception {
        byte[] pdf = decisionPdf(Decisions.recorded("Hội nghị quyết định có mã QR", "165/QĐ-UBND"));
        Document page = Jsoup.parse(RestAssured.get(Decisions.verifyPath(pdf)).then().statusCode(200).extract()
                .asString());
        assertEquals("165/QĐ-UBND", page.getElementById("doc-number").text());
        assertEquals("05/12/2023", page.getElementById("doc-issued-on").text());
        assertEquals("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", page.getElementById("doc-issuer").text());
        assertTrue(page.getElementById("doc-signers").text().contains("Nguyễn Văn Demo"), page.toString());
        assertTrue(page.getElementById("verify-demo") != null, "demo mode says its certificate is a test one");
        RestAssured.get("/verify/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404);
    }

    @Test
    void aFileThatIsNotAPdfOrTooLargeGetsAClearAnswer() {
        verify("không phải PDF".getBytes()).then().statusCode(200).body("valid", equalTo(false))
                .body("reason", equalTo("Tệp không phải là tệp PDF đọc được."));
        verify(new byte[10 * 1024 * 1024 + 1]).then().statusCode(400)
                .body("violations[0].field", equalTo("file")).body("detail", containsString("tối đa 10 MB"));
    }

    @Test
    void aDraftLetterStaysUnsignedAndARegisteredOneIsSignedAndMailedAsDownloaded() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("status = ?1 where status in (?2, ?3)",
                OutboxStatus.FAILED, OutboxStatus.PENDING, OutboxStatus.SENDING));
        smtp = MailServer.started();
        int year = java.time.Year.now().getValue() + 1;
        String body = """
                {"title": "Hội nghị giấy mời ký số", "reviewYear": %d, "startsAt": "%d-12-08T07:30",
                 "endsAt": "%d-12-08T11:30", "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang"%s}
                """;
        long conf = Api.as(Api.ORGANIZER).body(body.formatted(year - 1, year, year, ""))
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addDelegate(conf, "Trần Quốc Toản", "toan.kyso@example.vn", "GUEST", 1);
        List<Map<String, Object>> issued = Api.as(Api.ORGANIZER).post("/api/conferences/" + conf + "/invitations")
                .then().extract().jsonPath().getList("$");
        long invitation = ((Number) issued.get(0).get("id")).longValue();
        String letter = "/api/invitations/" + invitation + "/letter.pdf";

        byte[] draft = Api.as(Api.ORGANIZER).accept("application/pdf").get(letter).then().statusCode(200).extract().asByteArray();
        assertEquals(0, signatures(draft), "a draft (DỰ THẢO) is never signed");
        assertTrue(text(draft).contains("DỰ THẢO"));

        Api.as(Api.ORGANIZER).body(body.formatted(year - 1, year, year,
                        ", \"letter\": {\"number\": 9, \"issuedOn\": \"%d-11-20\"}".formatted(year)))
                .put("/api/conferences/" + conf).then().statusCode(200);
        byte[] signed = Api.as(Api.ORGANIZER).accept("application/pdf").get(letter).then().statusCode(200).extract().asByteArray();
        assertEquals(2, signatures(signed));
        assertArrayEquals(signed, Api.as(Api.ORGANIZER).accept("application/pdf").get(letter).then().extract().asByteArray());
        verify(signed).then().body("valid", equalTo(true)).body("number", equalTo("09/GM-UBND"))
                .body("issuedOn", equalTo(year + "-11-20"));

        Api.as(Api.ORGANIZER).post("/api/conferences/" + conf + "/invitations/send").then().statusCode(202);
        Awaitility.await("the mail arrives").atMost(Duration.ofSeconds(60))
                .until(() -> smtp.to("toan.kyso@example.vn").size() == 1);
        MimeMessage mail = smtp.to("toan.kyso@example.vn").get(0);
        byte[] attached = null;
        for (Part part : leaves(mail)) {
            if (part.isMimeType("application/pdf")) {
                attached = bytes(part);
            }
        }
        assertArrayEquals(signed, attached, "the mail carries the very bytes that were downloaded");

        // Editing the letter after signing issues a new version; the first stays verifiable as it was.
        Api.as(Api.ORGANIZER).body(body.formatted(year - 1, year, year,
                        ", \"letter\": {\"number\": 10, \"issuedOn\": \"%d-11-21\"}".formatted(year)))
                .put("/api/conferences/" + conf).then().statusCode(200);
        byte[] second = Api.as(Api.ORGANIZER).accept("application/pdf").get(letter).then().statusCode(200).extract().asByteArray();
        assertFalse(java.util.Arrays.equals(signed, second));
        verify(second).then().body("valid", equalTo(true)).body("number", equalTo("10/GM-UBND"));
        verify(signed).then().body("valid", equalTo(true)).body("number", equalTo("09/GM-UBND"))
                .body("reason", containsString("phiên bản phát hành sau"));
    }

    /** How many signatures poppler's pdfsig finds valid (its certificate checks left out: the demo root is ours). */
    private static int pdfsigValid(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("verify-", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdfsig", "-nocert", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Files.delete(file);
        return out.split("Signature Validation: Signature is Valid\\.", -1).length - 1;
    }
}
