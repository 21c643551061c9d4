package vn.tongket.invitation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The public answer form and check-in at the door, through the API contract and its refusals. */
@QuarkusTest
class RsvpAndCheckInTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void unknownTokenIsNotFoundAndRevealsNothing() {
        RestAssured.given().get("/rsvp/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404)
                .body(not(containsString("AAAAAAAA"))).body(not(containsString("Exception")));
    }

    @Test
    void delegateAnswersAndChangesTheAnswerUntilTheStart() {
        long id = Invitations.futureConference("Hội nghị trả lời giấy mời");
        long d = Api.addDelegate(id, "Bùi Thị Xuân", "xuan@example.vn", "GUEST", 1);
        String token = Invitations.tokenOf(id, d);

        RestAssured.given().get("/rsvp/" + token).then().statusCode(200)
                .body(containsString("Bùi Thị Xuân")).body(containsString("GIẤY MỜI")).body(containsString("id=\"rsvp-form\""));
        Invitations.answer(token, "ACCEPT", null, null).then().statusCode(303);
        status(id, "ACCEPTED");

        Invitations.answer(token, "DELEGATE", "  ", "Phó Chủ tịch UBND xã").then().statusCode(400)
                .body(containsString("Hãy nhập họ tên người đi thay"));
        Invitations.answer(token, "DELEGATE", "Ngô Văn Thay", null).then().statusCode(400);
        status(id, "ACCEPTED");

        Invitations.answer(token, "DELEGATE", "Ngô Văn Thay", "Phó Chủ tịch UBND xã").then().statusCode(303);
        status(id, "DELEGATED");
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/invitations").then()
                .body("[0].substituteName", equalTo("Ngô Văn Thay"));
        Invitations.answer(token, "DECLINE", "Ngô Văn Thay", "x").then().statusCode(303);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/invitations").then()
                .body("[0].status", equalTo("DECLINED")).body("[0].substituteName", nullValue());
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then()
                .body("declined", equalTo(1)).body("accepted", equalTo(0)).body("notAnswered", equalTo(0));
    }

    @Test
    void answersAfterTheStartAreRefused() {
        long id = Api.createConference("Hội nghị đã khai mạc", false);
        long d = Api.addDelegate(id, "Đinh Công Tráng", "trang@example.vn", "GUEST", 1);
        String token = Invitations.tokenOf(id, d);
        RestAssured.given().get("/rsvp/" + token).then().statusCode(200).body(containsString("id=\"rsvp-closed\""));
        // The closed page has no form: post with a token taken from an open one.
        long open = Invitations.futureConference("Hội nghị còn mở");
        String openToken = Invitations.tokenOf(open, Api.addDelegate(open, "Người Mở", "mo@example.vn", "GUEST", 1));
        var page = RestAssured.given().get("/rsvp/" + openToken);
        String csrf = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        RestAssured.given().redirects().follow(false).cookie("csrf-token", page.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf).formParam("answer", "ACCEPT")
                .post("/rsvp/" + token).then().statusCode(409).body(containsString("Hội nghị đã bắt đầu"));
        RestAssured.given().redirects().follow(false).cookie("csrf-token", page.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf).formParam("answer", "ACCEPT")
                .post("/rsvp/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404);
        status(id, "ISSUED");
    }

    @Test
    void answerWithoutTheFormsCsrfTokenIsRefused() {
        long id = Invitations.futureConference("Hội nghị CSRF");
        String token = Invitations.tokenOf(id, Api.addDelegate(id, "Lý Thường Kiệt", "kiet@example.vn", "GUEST", 1));
        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("answer", "ACCEPT").post("/rsvp/" + token).then().statusCode(400);
        status(id, "ISSUED");
    }

    @Test
    void checkInByTokenOrQrContentOnceThenAlreadyCheckedIn() {
        long id = Invitations.futureConference("Hội nghị điểm danh");
        long a = Api.addDelegate(id, "Trần Hưng Đạo", "dao@example.vn", "GUEST", 1);
        long b = Api.addDelegate(id, "Lê Lợi", "loi@example.vn", "PARTICIPANT", 2);
        String tokenA = Invitations.tokenOf(id, a);
        String tokenB = Invitations.tokenOf(id, b);
        Invitations.answer(tokenB, "DELEGATE", "Nguyễn Trãi", "Phó Giám đốc").then().statusCode(303);

        Api.as(Api.ORGANIZER).body("{\"code\": \"" + tokenA + "\"}").post("/api/conferences/" + id + "/checkins").then()
                .statusCode(200).body("fullName", equalTo("Trần Hưng Đạo")).body("delegateId", equalTo((int) a));
        Api.as(Api.ORGANIZER).body("{\"code\": \"" + tokenA + "\"}").post("/api/conferences/" + id + "/checkins").then()
                .statusCode(409).body("detail", containsString("đã điểm danh lúc"));
        Api.as(Api.ORGANIZER).body("{\"code\": \"http://localhost:8080/rsvp/" + tokenB + "\"}")
                .post("/api/conferences/" + id + "/checkins").then()
                .statusCode(200).body("fullName", equalTo("Lê Lợi")).body("substituteName", equalTo("Nguyễn Trãi"));
        Api.as(Api.ORGANIZER).body("{\"code\": \"not-a-token\"}").post("/api/conferences/" + id + "/checkins").then()
                .statusCode(404).body("detail", equalTo("Mã không thuộc giấy mời nào của hội nghị này."));
        long other = Invitations.futureConference("Hội nghị khác");
        Api.as(Api.ORGANIZER).body("{\"code\": \"" + tokenA + "\"}").post("/api/conferences/" + other + "/checkins").then()
                .statusCode(404);
        Api.as(Api.ORGANIZER).body("{\"code\": \"\"}").post("/api/conferences/" + id + "/checkins").then().statusCode(400);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then()
                .body("checkedIn", equalTo(2)).body("delegated", equalTo(1)).body("invited", equalTo(2));
        status(id, "CHECKED_IN");
    }

    @Test
    void answerPageKeptForAMomentShowsEveryChangeThisInstanceMakesAtOnce() throws Exception {
        long id = Invitations.futureConference("Hội nghị trang trả lời");
        long d = Api.addDelegate(id, "Phan Bội Châu", "chau@example.vn", "GUEST", 1);
        String token = Invitations.tokenOf(id, d);
        RestAssured.given().get("/rsvp/" + token).then().statusCode(200).body(containsString("Phan Bội Châu"));

        // The organiser corrects the name: the next view shows it, though the page was just kept.
        Api.as(Api.ORGANIZER).body("""
                {"fullName": "Phan Châu Trinh", "position": "Chủ tịch UBND", "organization": "Xã Tân Mỹ",
                 "email": "chau@example.vn", "category": "GUEST", "precedence": 1}
                """).put("/api/conferences/" + id + "/delegates/" + d).then().statusCode(200);
        RestAssured.given().get("/rsvp/" + token).then().statusCode(200)
                .body(containsString("Phan Châu Trinh")).body(not(containsString("Phan Bội Châu")));

        // An answer, then a check-in at the door: each shows on the next view.
        Invitations.answer(token, "ACCEPT", null, null).then().statusCode(303);
        RestAssured.given().get("/rsvp/" + token).then().body(containsString("id=\"answer-ACCEPT\" checked"));
        Api.as(Api.ORGANIZER).body("{\"code\": \"" + token + "\"}").post("/api/conferences/" + id + "/checkins")
                .then().statusCode(200);
        RestAssured.given().get("/rsvp/" + token).then().body(containsString("Đồng chí đã có mặt tại hội nghị"));

        // A change this instance did not make (here: written past the application, as another instance would) shows
        // once the moment (tongket.rsvp.cache-ttl, 2 s) has passed; how long a page is kept, ShortLivedCacheTest proves.
        RestAssured.given().get("/rsvp/" + token).then().body(containsString("Phan Châu Trinh"));
        try (var c = dataSource.getConnection(); var st = c.prepareStatement("UPDATE delegate SET full_name = ? WHERE id = ?")) {
            st.setString(1, "Huỳnh Thúc Kháng");
            st.setLong(2, d);
            st.executeUpdate();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> RestAssured.given().get("/rsvp/" + token).then()
                .body(containsString("Huỳnh Thúc Kháng")).body(not(containsString("Phan Châu Trinh"))));
    }

    @Test
    void venueAndNameChangedThroughTheApiShowOnTheAnswerPageAtOnce() {
        long id = Invitations.futureConference("Hội nghị đổi địa điểm");
        long d = Api.addDelegate(id, "Lê Văn Hưu", "huu@example.vn", "GUEST", 1);
        String token = Invitations.tokenOf(id, d);
        RestAssured.given().get("/rsvp/" + token).then().statusCode(200)
                .body(containsString("Hội trường Bộ CHQS tỉnh")).body(containsString("Lê Văn Hưu"));

        int year = java.time.Year.now().getValue() + 1;
        Api.as(Api.ORGANIZER).body("""
                {"title": "Hội nghị đổi địa điểm", "reviewYear": %d, "startsAt": "%d-12-08T07:30",
                 "endsAt": "%d-12-08T11:30", "venue": {"name": "Nhà văn hóa Lao động tỉnh", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang"}
                """.formatted(year - 1, year, year)).put("/api/conferences/" + id).then().statusCode(200);
        RestAssured.given().get("/rsvp/" + token).then().statusCode(200)
                .body(containsString("Nhà văn hóa Lao động tỉnh")).body(not(containsString("Hội trường Bộ CHQS tỉnh")));

        Api.as(Api.ORGANIZER).body("""
                {"fullName": "Ngô Sĩ Liên", "position": "Chủ tịch UBND", "organization": "Xã Tân Mỹ",
                 "email": "huu@example.vn", "category": "GUEST", "precedence": 1}
                """).put("/api/conferences/" + id + "/delegates/" + d).then().statusCode(200);
        RestAssured.given().get("/rsvp/" + token).then().statusCode(200)
                .body(containsString("Ngô Sĩ Liên")).body(not(containsString("Lê Văn Hưu")));
    }

    private static void status(long conferenceId, String expected) {
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conferenceId + "/invitations").then()
                .body("[0].status", equalTo(expected));
    }
}
