package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: the decision's issuer breaks where its words do, with "Số" and the date line on the row under it, and its
 * signature block names its own signer (a Vice-Chairman for the Chairman); annex entries write official names in full
 * and do not repeat the organisation a position already names.
 */
@QuarkusTest
class DecisionSignerTest {

    @Test
    void decisionCarriesItsSignersNameUnderTheAuthorityAndTheIssuerOnTwoLines() throws Exception {
        String title = "Hội nghị người ký quyết định";
        long conf = Api.createConference(title, false);
        Api.as(Api.ORGANIZER).body("""
                {"title": "%s", "reviewYear": 2023, "startsAt": "2023-12-08T07:30", "endsAt": "2023-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Đường Võ Nguyên Giáp, Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang",
                 "protocol": {"decisionSigner": {"name": "Phan Thế Tuấn"}}}""".formatted(title))
                .put("/api/conferences/" + conf).then().statusCode(200)
                .body("protocol.decisionSigner.authority", org.hamcrest.Matchers.equalTo("KT. CHỦ TỊCH"))
                .body("protocol.decisionSigner.name", org.hamcrest.Matchers.equalTo("Phan Thế Tuấn"));
        long unit = Nominations.approved(conf, "COLLECTIVE", "Ban CHQS xã Đông Sơn", "Xã Đông Sơn");
        long person = Nominations.approved(conf, "INDIVIDUAL", "Hoàng Văn Thụ", "Xã Đông Sơn");
        long decision = Api.as(Api.APPROVER).body("{\"number\": \"163/QĐ-UBND\", \"signedOn\": \"2023-12-05\", "
                        + "\"nominationIds\": [%d, %d]}".formatted(person, unit))
                .post("/api/conferences/" + conf + "/decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] pdf = Api.page(Api.ORGANIZER).get("/conferences/" + conf + "/nominations/documents/decisions/"
                + decision + ".pdf").then().statusCode(200).extract().asByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "letters", "decision-signer.pdf"), pdf);
        String raw;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            raw = sortedText(doc);
        }
        assertTrue(raw.matches("(?s).*ỦY BAN NHÂN DÂN[^\\n]*\\R\\s*TỈNH BẮC GIANG.*"), "issuer on two lines: " + raw);
        String text = raw.replaceAll("\\s+", " ");
        int authority = text.indexOf("KT. CHỦ TỊCH");
        int vice = text.indexOf("PHÓ CHỦ TỊCH", authority);
        assertTrue(authority > 0 && vice > authority && text.indexOf("Phan Thế Tuấn") > vice, text);
        assertTrue(text.contains("Ban Chỉ huy quân sự xã Đông Sơn"), text);
        assertTrue(text.contains("Hoàng Văn Thụ, Chỉ huy trưởng Ban Chỉ huy quân sự xã Đông Sơn"), text);
        assertTrue(!text.contains("xã, Xã Đông Sơn") && !text.contains("Ban CHQS"), text);
    }

    /** The text in reading order (by position): a centred line's parts in the order they are printed. */
    private static String sortedText(PDDocument doc) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(doc);
    }
}
