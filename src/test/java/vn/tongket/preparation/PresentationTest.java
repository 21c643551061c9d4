package vn.tongket.preparation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.Arrays;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PresentationTest {

    static String base(long conferenceId) {
        return "/api/conferences/" + conferenceId + "/presentations";
    }

    static JsonPath request(long conferenceId, String organization) {
        return Api.as(Api.ORGANIZER).body("""
                {"organization": "%s", "email": "thamluan@example.vn",
                 "title": "Xây dựng lực lượng dân quân vững mạnh, rộng khắp", "dueOn": "2023-11-30"}
                """.formatted(organization))
                .post(base(conferenceId)).then().statusCode(201).extract().jsonPath();
    }

    private static void uploadAsOrganizer(long c, long p, byte[] body, int status) {
        Api.as(Api.ORGANIZER).contentType("application/octet-stream").body(body)
                .post(base(c) + "/" + p + "/draft?fileName=tham-luan.pdf").then().statusCode(status);
    }

    @Test
    void requestGivesAPersonalLinkWithAtLeast128RandomBitsAndAnOutboxMail() {
        long c = Api.createConference("Tham luận đề nghị", false);
        JsonPath p = request(c, "UBND huyện Yên Thế");
        String link = p.getString("uploadLink");
        org.hamcrest.MatcherAssert.assertThat(link, matchesPattern(".*/presentation/[A-Za-z0-9_-]{43}"));
        org.hamcrest.MatcherAssert.assertThat(p.getString("state"), equalTo("REQUESTED"));
        String path = link.substring(link.indexOf("/presentation/"));
        RestAssured.given().get(path).then().statusCode(200).body(containsString("UBND huyện Yên Thế"));
        RestAssured.given().get("/presentation/khong-co-ma-nay").then().statusCode(404);
    }

    @Test
    void acceptedPresentationBecomesAPresentationItemOnTheAgenda() {
        long c = Api.createConference("Tham luận chấp nhận", false);
        long p = request(c, "Ban CHQS huyện Lục Nam").getLong("id");
        String slot = """
                {"startsAt": "2023-12-08T09:00", "endsAt": "2023-12-08T09:15", "presenter": "Đồng chí Nguyễn Văn Hùng"}""";
        Api.as(Api.ORGANIZER).body(slot).post(base(c) + "/" + p + "/accept").then().statusCode(409)
                .body("detail", containsString("Đã đề nghị"));
        uploadAsOrganizer(c, p, Pdfs.simple("Tham luận của Ban CHQS huyện Lục Nam"), 200);
        Api.as(Api.ORGANIZER).body("""
                {"startsAt": "2023-12-08T12:00", "endsAt": "2023-12-08T12:15", "presenter": "Hùng"}""")
                .post(base(c) + "/" + p + "/accept").then().statusCode(409);
        Api.as(Api.ORGANIZER).get(base(c) + "/" + p).then().body("state", equalTo("SUBMITTED"));
        Api.as(Api.REVIEWER).body(slot).post(base(c) + "/" + p + "/accept").then().statusCode(403);
        Api.as(Api.ORGANIZER).body(slot).post(base(c) + "/" + p + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("agendaItemId", notNullValue());
        Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/agenda").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].kind", equalTo("PRESENTATION"))
                .body("[0].title", containsString("Ban CHQS huyện Lục Nam"))
                .body("[0].presenter", startsWith("Đồng chí Nguyễn Văn Hùng"));
        Api.as(Api.ORGANIZER).body(slot).post(base(c) + "/" + p + "/accept").then().statusCode(409);
        Api.as(Api.ORGANIZER).body("{\"comments\": \"Bổ sung số liệu\"}").post(base(c) + "/" + p + "/return")
                .then().statusCode(409);
        uploadAsOrganizer(c, p, Pdfs.simple("Bản mới"), 409);
    }

    @Test
    void returnedPresentationCarriesCommentsAndCanBeSubmittedAgain() {
        long c = Api.createConference("Tham luận trả lại", false);
        long p = request(c, "Sở Giáo dục và Đào tạo").getLong("id");
        Api.as(Api.ORGANIZER).body("{\"comments\": \"Bổ sung số liệu\"}").post(base(c) + "/" + p + "/return")
                .then().statusCode(409);
        uploadAsOrganizer(c, p, Pdfs.docx("Dự thảo tham luận"), 200);
        Api.as(Api.ORGANIZER).body("{\"comments\": \"\"}").post(base(c) + "/" + p + "/return").then().statusCode(400);
        Api.as(Api.ORGANIZER).body("{\"comments\": \"Bổ sung số liệu năm 2023\"}").post(base(c) + "/" + p + "/return")
                .then().statusCode(200).body("state", equalTo("RETURNED")).body("comments", equalTo("Bổ sung số liệu năm 2023"));
        uploadAsOrganizer(c, p, Pdfs.simple("Bản đã sửa"), 200);
        Api.as(Api.ORGANIZER).get(base(c) + "/" + p).then().body("state", equalTo("SUBMITTED"))
                .body("file.contentType", equalTo("application/pdf"));
    }

    @Test
    void uploadRefusesWrongTypesAndFilesOverTenMegabytes() {
        long c = Api.createConference("Tham luận tệp", false);
        long p = request(c, "Công an tỉnh").getLong("id");
        uploadAsOrganizer(c, p, "MZ\u0090 not a document".getBytes(), 400);
        uploadAsOrganizer(c, p, new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0}, 400);
        byte[] tooLarge = Arrays.copyOf(Pdfs.simple("Lớn"), 10 * 1024 * 1024 + 1);
        Api.as(Api.ORGANIZER).contentType("application/octet-stream").body(tooLarge)
                .post(base(c) + "/" + p + "/draft?fileName=lon.pdf").then().statusCode(400)
                .body("violations[0].field", equalTo("file")).body("detail", containsString("10 MB"));
        Api.as(Api.ORGANIZER).get(base(c) + "/" + p).then().body("state", equalTo("REQUESTED"));
        uploadAsOrganizer(c, p, Pdfs.docx("Dự thảo"), 200);
        Api.as(Api.ORGANIZER).get(base(c) + "/" + p + "/draft").then().statusCode(200)
                .header("Content-Type", startsWith(UploadedFiles.DOCX))
                .header("Content-Disposition", startsWith("attachment"))
                .header("X-Content-Type-Options", "nosniff");
        Api.page(Api.ORGANIZER).get("/conferences/" + c + "/presentations/" + p + "/draft").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment"));
    }
}
