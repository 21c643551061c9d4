package vn.tongket.preparation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The presentations page and the unit's upload page: refusals keep what was typed, with messages by the fields. */
@QuarkusTest
class PresentationPagesTest {

    private static Map<String, String> request(String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("organization", "UBND xã Tân Mỹ");
        form.put("email", email);
        form.put("title", "Xây dựng lực lượng dân quân");
        form.put("dueOn", "2026-11-30");
        return form;
    }

    @Test
    void aRefusedRequestKeepsWhatWasTypedAndASentOneRedirectsToItsRow() {
        long c = Api.createConference("Hội nghị tham luận biểu mẫu", false);
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        String page = "/conferences/" + c + "/presentations";
        Response refused = clerk.post(page, page, request("tanmy-khong-hop-le"));
        assertEquals(400, refused.statusCode());
        Document form = Jsoup.parse(refused.asString());
        assertEquals("UBND xã Tân Mỹ", form.select("#p-organization").val());
        assertEquals("tanmy-khong-hop-le", form.select("#p-email").val());
        assertEquals("2026-11-30", form.select("#p-due").val());
        assertTrue(form.select("#p-email").hasAttr("autofocus"));
        String error = form.getElementById(form.select("#p-email").attr("aria-describedby")).text();
        assertTrue(error.startsWith("Thư điện tử: "), error);

        Response sent = clerk.post(page, page, request("tanmy@example.vn"));
        assertEquals(303, sent.statusCode(), sent.asString());
        assertTrue(sent.header("Location").contains("/presentations#presentation-"), sent.header("Location"));
    }

    @Test
    void aRefusedAcceptanceStaysOnItsRowAndAnUploadWithoutAPdfIsNamedByTheFileField() {
        long c = Api.createConference("Hội nghị chấp nhận tham luận", false);
        String api = "/api/conferences/" + c + "/presentations";
        var created = Api.as(Api.ORGANIZER).body("""
                {"organization":"UBND huyện Yên Thế","email":"yenthe@example.vn","title":"Tham luận","dueOn":"2026-11-30"}
                """).post(api).then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        String link = created.getString("uploadLink");
        String upload = link.substring(link.indexOf("/presentation/"));

        Response page = RestAssured.given().get(upload);
        String token = Jsoup.parse(page.asString()).select("input[name=csrf-token]").val();
        Response wrong = RestAssured.given().cookie("csrf-token", page.cookie("csrf-token")).redirects().follow(false)
                .multiPart("csrf-token", token)
                .multiPart("file", "tham-luan.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post(upload);
        assertEquals(400, wrong.statusCode(), wrong.asString());
        Document refusedUpload = Jsoup.parse(wrong.asString());
        String fileError = refusedUpload.getElementById(refusedUpload.select("#upload-file").attr("aria-describedby")).text();
        assertTrue(fileError.contains("PDF"), fileError);

        byte[] pdf = new vn.tongket.document.PdfRenderer().render("<html><body><p>Tham luận</p></body></html>");
        Response sent = RestAssured.given().cookie("csrf-token", page.cookie("csrf-token")).redirects().follow(false)
                .multiPart("csrf-token", token).multiPart("file", "tham-luan.pdf", pdf, "application/pdf").post(upload);
        assertEquals(303, sent.statusCode(), sent.asString());

        PageForms clerk = PageForms.as(Api.ORGANIZER);
        String list = "/conferences/" + c + "/presentations";
        Response refused = clerk.post(list, list + "/" + id + "/accept",
                Map.of("startsAt", "2023-12-08T09:30", "endsAt", "chín giờ", "presenter", "Đồng chí Lê Văn Hùng"));
        assertEquals(400, refused.statusCode());
        Element row = Jsoup.parse(refused.asString()).getElementById("presentation-" + id);
        assertEquals("chín giờ", row.select(".accept-form input[name=endsAt]").val());
        assertEquals("Đồng chí Lê Văn Hùng", row.select(".accept-form input[name=presenter]").val());
        assertTrue(row.select(".accept-form input[name=endsAt]").hasAttr("autofocus"));
        assertTrue(row.select(".accept-form .field-error").text().startsWith("Kết thúc: "));
    }
}
