package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Threat: a small zip (DOCX, XLSX) that inflates to gigabytes or to countless entries exhausts time and memory; defence: every zip is read under limits on entries, total size and ratio, refused 400. */
@QuarkusTest
class ZipBombThreatTest {

    private static final int MB = 1024 * 1024;

    @Test
    void aDocxOfEightMegabytesOfZerosIsRefusedByItsRatio() {
        byte[] docx = ZipBombs.zip(new byte[8 * MB], "word/document.xml");
        refusedFor(attach(docx), "tỷ lệ nén bất thường (quá 100 lần)");
    }

    @Test
    void eightGigabytesInEightMegabytesAreRefusedOnEveryUploadPath() {
        byte[] bomb = ZipBombs.repeatedZeros(800, 10 * MB);
        refusedFor(attach(bomb), "tỷ lệ nén bất thường");

        long c = Api.createConference("Hội nghị tham luận nén", false);
        var request = Api.as(Api.ORGANIZER).body("""
                {"organization": "Ban CHQS huyện Tân Yên", "email": "thamluan@example.vn",
                 "title": "Tham luận", "dueOn": "2023-11-30"}""")
                .post("/api/conferences/" + c + "/presentations").then().statusCode(201).extract().jsonPath();
        refusedFor(Api.as(Api.ORGANIZER).contentType("application/octet-stream").body(bomb)
                .post("/api/conferences/" + c + "/presentations/" + request.getLong("id") + "/draft?fileName=tl.docx")
                .then(), "tỷ lệ nén bất thường");

        String link = request.getString("uploadLink");
        String path = link.substring(link.indexOf("/presentation/"));
        Response page = RestAssured.given().get(path);
        page.then().statusCode(200);
        String csrf = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        RestAssured.given().cookie("csrf-token", page.cookie("csrf-token")).multiPart("csrf-token", csrf)
                .multiPart("file", "tham-luan.docx", bomb, "application/octet-stream").post(path)
                .then().statusCode(400).body(containsString("tỷ lệ nén bất thường"));
    }

    @Test
    void aZipOfTooManyEntriesIsRefused() {
        String[] names = new String[1001];
        names[0] = "word/document.xml";
        for (int i = 1; i < names.length; i++) {
            names[i] = "word/part-" + i + ".xml";
        }
        refusedFor(attach(ZipBombs.zip("<x/>".getBytes(), names)), "quá nhiều thành phần (tối đa 1000)");
    }

    @Test
    void aZipLargerThanTheLimitOnceInflatedIsRefusedEvenAtAnOrdinaryRatio() {
        byte[] docx = ZipBombs.zip(ZipBombs.looselyCompressible(70 * MB), "word/document.xml");
        refusedFor(attach(docx), "quá lớn (tối đa 64 MB)");
    }

    @Test
    void theRuleIsNamedInEnglishToo() {
        byte[] docx = ZipBombs.zip(new byte[8 * MB], "word/document.xml");
        long id = nomination();
        Api.as(Api.ORGANIZER).header("Accept-Language", "en").contentType("application/octet-stream").body(docx)
                .queryParam("fileName", "bom.docx").post("/api/nominations/" + id + "/attachments")
                .then().statusCode(400).body("violations[0].field", equalTo("file"))
                .body("detail", containsString("abnormal compression ratio"));
    }

    private static ValidatableResponse attach(byte[] content) {
        return Api.as(Api.ORGANIZER).contentType("application/octet-stream").body(content)
                .queryParam("fileName", "bom.docx").post("/api/nominations/" + nomination() + "/attachments").then();
    }

    private static long nomination() {
        long c = Api.createConference("Hội nghị tệp nén", false);
        return Api.as(Api.ORGANIZER).body("""
                {"kind": "COLLECTIVE", "nomineeName": "Ban CHQS xã Bom Nén", "organization": "Xã Bom Nén",
                 "grassroots": true, "achievements": "Hoàn thành xuất sắc nhiệm vụ."}""")
                .post("/api/conferences/" + c + "/nominations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void refusedFor(ValidatableResponse response, String rule) {
        response.statusCode(400).body("status", equalTo(400)).body("violations[0].field", equalTo("file"))
                .body("detail", containsString(rule));
    }
}
