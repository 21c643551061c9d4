package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19: the consolidated nomination list's signature block carries the name Home Affairs enters. */
@QuarkusTest
class ListSignerTest {

    @Test
    void theNameSavedByTheReviewerPrintsUnderTheTitle() throws Exception {
        long conf = Api.createConference("Hội nghị người ký danh sách", false);
        Nominations.approved(conf, "INDIVIDUAL", "Phạm Thị Lụa", "Xã Đông Sơn");
        Api.as(Api.REVIEWER).get(api(conf)).then().statusCode(200)
                .body("issuer", equalTo(java.util.List.of("UBND TỈNH BẮC GIANG", "SỞ NỘI VỤ")))
                .body("signerTitle", equalTo(java.util.List.of("GIÁM ĐỐC")))
                .body("signerName", nullValue()).body("stored", equalTo(false));
        String before = listText(conf, "danh-sach-chua-co-nguoi-ky.pdf");
        assertTrue(before.contains("GIÁM ĐỐC ……………………"), "a dotted line while nobody is named: " + before);

        Api.as(Api.REVIEWER).body("""
                {"signerTitle": "KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC", "signerName": "Nguyễn Văn Thành",
                 "number": "99/XX", "basis": "Căn cứ gì đó;"}""")
                .put(api(conf)).then().statusCode(200)
                .body("signerName", equalTo("Nguyễn Văn Thành"))
                .body("number", nullValue()).body("basis", equalTo(java.util.List.of()));
        String after = listText(conf, "danh-sach-co-nguoi-ky.pdf");
        assertTrue(after.contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn Thành"), "the name under the title: " + after);
        assertTrue(!after.contains("……………………"), "no dotted line once named: " + after);
        assertTrue(after.contains("UBND TỈNH BẮC GIANG") && after.contains("SỞ NỘI VỤ"), after);
        assertTrue(after.contains("(Kèm theo Tờ trình số /TTr-SNV"), "still the Tờ trình's annex: " + after);
        assertTrue(!after.contains("99/XX") && !after.contains("Căn cứ gì đó"), "the list has no number or basis: " + after);
    }

    @Test
    void onlyHomeAffairsTheOrganiserAndTheAdminSignAndLongNamesAreRefused() {
        long conf = Api.createConference("Hội nghị người ký bị từ chối", false);
        String body = "{\"signerName\": \"Lê Văn An\"}";
        Api.as(Api.APPROVER).body(body).put(api(conf)).then().statusCode(403);
        Api.as(Api.FINANCE).body(body).put(api(conf)).then().statusCode(403);
        Api.as(Api.ORGANIZER).body(body).put(api(conf)).then().statusCode(200);
        Api.as(Api.ADMIN).body(body).put(api(conf)).then().statusCode(200);
        Api.as(Api.REVIEWER).body("{\"signerName\": \"" + "A".repeat(201) + "\"}").put(api(conf)).then()
                .statusCode(400).body("violations[0].field", equalTo("signerName"));
        Api.as(Api.REVIEWER).get(api(conf)).then().body("signerName", equalTo("Lê Văn An"));
    }

    @Test
    void theReviewPageFormSavesTheSignerAndKeepsTheIssuer() throws Exception {
        long conf = Api.createConference("Hội nghị người ký trên trang", false);
        Api.as(Api.REVIEWER).body("{\"issuer\": \"UBND TỈNH BẮC GIANG\\nSỞ NỘI VỤ TỈNH\"}").put(api(conf)).then()
                .statusCode(200);
        PageForms reviewer = PageForms.as(Api.REVIEWER);
        String page = "/conferences/" + conf + "/nominations/review";
        Document form = Jsoup.parse(reviewer.get(page).asString());
        assertEquals("GIÁM ĐỐC", form.select("#list-signer-title").text());
        assertEquals("", form.select("#list-signer-name").val());

        Response saved = reviewer.post(page, "/conferences/" + conf + "/nominations/list-head",
                Map.of("signerTitle", "GIÁM ĐỐC", "signerName", "Trần Thị Bình"));
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith(page + "?saved=list-head#list-head"), saved.header("Location"));
        Document after = Jsoup.parse(reviewer.get(page + "?saved=list-head").asString());
        assertEquals("Đã lưu người ký danh sách.", after.select("#notice").text());
        assertEquals("Trần Thị Bình", after.select("#list-signer-name").val());
        Api.as(Api.REVIEWER).get(api(conf)).then().body("signerName", equalTo("Trần Thị Bình"))
                .body("issuer[1]", equalTo("SỞ NỘI VỤ TỈNH"));

        Response refused = reviewer.post(page, "/conferences/" + conf + "/nominations/list-head",
                Map.of("signerTitle", "GIÁM ĐỐC", "signerName", "B".repeat(201)));
        assertEquals(400, refused.statusCode());
        Document shown = Jsoup.parse(refused.asString());
        assertEquals("B".repeat(201), shown.select("#list-signer-name").val(), "what was typed is kept");
        assertTrue(shown.select("#list-head").text().contains("Họ và tên người ký"), shown.select("#list-head").text());
        Api.as(Api.REVIEWER).get(api(conf)).then().body("signerName", equalTo("Trần Thị Bình"));
        Api.page(Api.FINANCE).redirects().follow(false).get(page).then().statusCode(403);
    }

    private static String api(long conf) {
        return "/api/conferences/" + conf + "/nominations/documents/list-head";
    }

    /** The list PDF's text in reading order, line breaks as spaces; kept under target/documents for a look. */
    private static String listText(long conf, String keepAs) throws Exception {
        byte[] pdf = Api.page(Api.REVIEWER).get("/conferences/" + conf + "/nominations/documents/list.pdf").then()
                .statusCode(200).extract().asByteArray();
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/" + keepAs), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            return byPosition.getText(doc).replaceAll("[\\s\\u00a0]+", " ");
        }
    }
}
