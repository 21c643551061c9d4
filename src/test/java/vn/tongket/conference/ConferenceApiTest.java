package vn.tongket.conference;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.tongket.support.Api.ORGANIZER;
import static vn.tongket.support.Api.as;

@QuarkusTest
class ConferenceApiTest {

    @Test
    void createConferenceReturns201WithLocationAndBody() {
        String body = """
                {"title": "Hội nghị tổng kết QPĐP năm 2024", "reviewYear": 2024, "startsAt": "2024-12-10T07:30",
                 "endsAt": "2024-12-10T11:30", "venue": {"name": "Hội trường tỉnh", "address": "Số 1 Hoàng Văn Thụ"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "place": "Bắc Ninh"}""";
        String location = as(ORGANIZER).body(body).post("/api/conferences").then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("id", notNullValue())
                .body("title", equalTo("Hội nghị tổng kết QPĐP năm 2024"))
                .body("reviewYear", equalTo(2024))
                .body("startsAt", equalTo("2024-12-10T07:30:00"))
                .body("venue.name", equalTo("Hội trường tỉnh"))
                .body("issuer", equalTo("ỦY BAN NHÂN DÂN TỈNH BẮC NINH"))
                .body("status", equalTo("PLANNING"))
                .extract().header("Location");
        long id = as(ORGANIZER).get(location).then().statusCode(200)
                .body("place", equalTo("Bắc Ninh")).extract().jsonPath().getLong("id");
        as(ORGANIZER).get("/api/conferences").then().statusCode(200).body("id", hasItem((int) id));
        org.junit.jupiter.api.Assertions.assertTrue(location.endsWith("/api/conferences/" + id));
    }

    @Test
    void adminMayCreateConference() {
        as(Api.ADMIN).body("""
                {"title": "Hội nghị của quản trị", "reviewYear": 2024, "startsAt": "2024-12-11T07:30",
                 "endsAt": "2024-12-11T11:30", "venue": {"name": "Hội trường", "address": "Bắc Ninh"},
                 "issuer": "UBND TỈNH", "place": "Bắc Ninh"}""").post("/api/conferences").then().statusCode(201);
    }

    @Test
    void standardAgendaHasTheSixItemsOfThePlanInsideTheWindow() {
        long id = Api.createConference("Hội nghị có chương trình chuẩn", true);
        as(ORGANIZER).get("/api/conferences/" + id + "/agenda").then().statusCode(200)
                .body("$", hasSize(6))
                .body("kind", equalTo(java.util.List.of("OPENING", "REPORT", "PRESENTATION", "SPEECH", "AWARDS", "CLOSING")))
                .body("[0].startsAt", equalTo("2023-12-08T07:30:00"))
                .body("[5].endsAt", equalTo("2023-12-08T11:30:00"))
                .body("[1].title", endsWith("năm 2023 và phương hướng, nhiệm vụ năm 2024"));
    }

    @Test
    void missingFieldsAreRefusedWithTheSharedErrorShapeNamingEachField() {
        as(ORGANIZER).body("{\"title\": \"\"}").post("/api/conferences").then()
                .statusCode(400)
                .body("status", equalTo(400))
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("detail", notNullValue())
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("venue"))
                .body("violations.field", hasItem("startsAt"))
                .body("violations.find { it.field == 'title' }.message", equalTo("không được để trống"));
    }

    @Test
    void errorsAreInEnglishWhenAsked() {
        as(ORGANIZER).header("Accept-Language", "en").body("{\"title\": \"\"}").post("/api/conferences").then()
                .statusCode(400)
                .body("title", equalTo("Invalid data"))
                .body("violations.find { it.field == 'title' }.message", equalTo("must not be blank"));
    }

    @Test
    void endBeforeStartIsRefused() {
        as(ORGANIZER).body("""
                {"title": "Sai giờ", "reviewYear": 2023, "startsAt": "2023-12-08T11:30", "endsAt": "2023-12-08T07:30",
                 "venue": {"name": "H", "address": "A"}, "issuer": "UBND", "place": "Bắc Giang"}""")
                .post("/api/conferences").then().statusCode(400)
                .body("violations[0].field", equalTo("endsAt"));
    }

    @Test
    void malformedJsonAndWrongTypesAreRefusedWith400() {
        as(ORGANIZER).body("{\"title\": ").post("/api/conferences").then().statusCode(400)
                .body("status", equalTo(400)).body("detail", equalTo("Nội dung JSON không đúng cú pháp"));
        as(ORGANIZER).body("{\"title\": \"x\", \"reviewYear\": \"năm ngoái\"}").post("/api/conferences").then()
                .statusCode(400).body("violations[0].field", equalTo("reviewYear"));
        as(ORGANIZER).body("{\"title\": \"x\", \"startsAt\": \"08/12/2023\"}").post("/api/conferences").then()
                .statusCode(400).body("violations[0].field", equalTo("startsAt"));
    }

    @Test
    void unknownConferenceIs404() {
        as(ORGANIZER).get("/api/conferences/987654").then().statusCode(404)
                .body("detail", equalTo("Không tìm thấy hội nghị số 987654."));
    }
}
