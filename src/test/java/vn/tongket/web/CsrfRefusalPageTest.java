package vn.tongket.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A form refused for its CSRF token says what happened, in the application's style, and leads back to the form. */
@QuarkusTest
class CsrfRefusalPageTest {

    @Test
    void aStaleTokenShowsAPageThatSaysNothingWasSavedAndLeadsBackToTheForm() {
        long conference = Api.createConference("Hội nghị mã biểu mẫu cũ", false);
        String formPage = "http://localhost:" + RestAssured.port + "/conferences/" + conference + "?category=GUEST";

        Response r = staleForm(conference).header("Referer", formPage).accept("text/html")
                .post("/conferences/" + conference + "/agenda");

        r.then().statusCode(400).contentType("text/html");
        assertEquals("Biểu mẫu đã hết hạn", r.htmlPath().getString("html.body.main.section.h1"));
        assertTrue(r.asString().contains("Thay đổi chưa được lưu"), r.asString());
        assertEquals("/conferences/" + conference + "?category=GUEST",
                r.htmlPath().getString("**.find { it.@id == 'csrf-reopen' }.@href"));
        assertTrue(r.asString().contains("/static/app.css"), "in the application's layout");
        assertFalse(r.asString().contains("csrf-token:"), "no field names on the page");
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conference).then().statusCode(200);
        assertEquals(0, Api.as(Api.ORGANIZER).get("/api/conferences/" + conference + "/agenda").then()
                .extract().jsonPath().getList("$").size(), "nothing was saved");
    }

    @Test
    void theSamePageInEnglish() {
        long conference = Api.createConference("Hội nghị mã biểu mẫu cũ (EN)", false);
        Response r = staleForm(conference).header("Accept-Language", "en").accept("text/html")
                .post("/conferences/" + conference + "/agenda");
        r.then().statusCode(400);
        assertEquals("The form has expired", r.htmlPath().getString("html.body.main.section.h1"));
        assertEquals("/", r.htmlPath().getString("**.find { it.@id == 'csrf-reopen' }.@href"),
                "without a Referer the way back is the home page");
    }

    @Test
    void aBodyWithoutAnyTokenGetsTheSamePage() {
        long conference = Api.createConference("Hội nghị thân không mã", false);
        long delegate = Api.addDelegate(conference, "Đỗ Văn Còn", null, "GUEST", null);
        Response r = RestAssured.given().cookies(Api.sessionCookies(Api.ORGANIZER)).redirects().follow(false)
                .contentType("text/plain").body("x").accept("text/html")
                .post("/conferences/" + conference + "/delegates/" + delegate + "/delete");
        r.then().statusCode(400).contentType("text/html");
        assertEquals("Biểu mẫu đã hết hạn", r.htmlPath().getString("html.body.main.section.h1"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conference + "/delegates/" + delegate).then().statusCode(200);
    }

    @Test
    void aScriptAskingForJsonGetsTheErrorShape() {
        long conference = Api.createConference("Hội nghị mã biểu mẫu JSON", false);
        Response r = staleForm(conference).accept("application/json, text/html;q=0.1")
                .post("/conferences/" + conference + "/agenda");
        r.then().statusCode(400).contentType("application/json");
        assertEquals(400, r.jsonPath().getInt("status"));
        assertEquals("csrf-token", r.jsonPath().getString("violations[0].field"));
    }

    /** A signed-in form post whose token no longer matches the cookie (the page was open too long). */
    private static RequestSpecification staleForm(long conference) {
        Map<String, String> session = Api.sessionCookies(Api.ORGANIZER);
        String cookie = RestAssured.given().cookies(session).get("/conferences/" + conference).cookie("csrf-token");
        return RestAssured.given().cookies(session).cookie("csrf-token", cookie).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", "ma-cu-da-het-han")
                .formParam("title", "Khai mạc").formParam("startsAt", "2023-12-08T07:30")
                .formParam("endsAt", "2023-12-08T08:00").formParam("kind", "OPENING");
    }
}
