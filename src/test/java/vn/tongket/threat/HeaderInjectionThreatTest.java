package vn.tongket.threat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.tongket.conference.Conference;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Header injection: settings that end up in a header or a file name (the letter symbol names the letter's PDF) refuse
 * control characters at input, and a name stored before that rule is written percent-encoded, never raw.
 */
@QuarkusTest
class HeaderInjectionThreatTest {

    /** A guard against a hanging answer, not a measure of speed. */
    private static final RestAssuredConfig GUARDED = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 30_000).setParam("http.socket.timeout", 120_000));

    @Test
    void aLetterSymbolWithALineBreakIsRefusedByName() {
        long conference = Api.createConference("Hội nghị ký hiệu", false);
        Api.as(Api.ORGANIZER).body(conferenceBody("UBND\r\nX-Injected: 1")).put("/api/conferences/" + conference)
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("letter.symbol"));

        String csrf = RestAssured.given().get("/login").then().extract().cookie("csrf-token");
        Response page = Api.page(Api.ORGANIZER).cookie("csrf-token", csrf).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("csrf-token", csrf).formParam("title", "Hội nghị ký hiệu")
                .formParam("reviewYear", "2023").formParam("startsAt", "2023-12-08T07:30")
                .formParam("endsAt", "2023-12-08T11:30").formParam("venueName", "Hội trường")
                .formParam("venueAddress", "Bắc Giang").formParam("issuer", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG")
                .formParam("place", "Bắc Giang").formParam("letterSymbol", "UBND\nX-Injected: 1")
                .post("/conferences/" + conference + "/edit");
        assertEquals(400, page.statusCode(), page.asString());
        assertEquals("true", org.jsoup.Jsoup.parse(page.asString()).select("[name=letterSymbol]").attr("aria-invalid"),
                "the symbol's field is named as the wrong one: " + page.asString());
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conference).then().statusCode(200)
                .body("letter.symbol", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("X-Injected")));
    }

    @Test
    void aLetterWhoseStoredSymbolHoldsALineBreakIsServedWithASafeFileName() {
        int year = java.time.Year.now().getValue() + 1;
        long conference = Api.as(Api.ORGANIZER).body("""
                {"title": "Hội nghị ký hiệu cũ", "reviewYear": %d, "startsAt": "%d-12-08T07:30",
                 "endsAt": "%d-12-08T11:30", "venue": {"name": "Hội trường", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang"}
                """.formatted(year - 1, year, year)).post("/api/conferences").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.addDelegate(conference, "Nguyễn Văn Ký", null, "GUEST", null);
        // As stored before the rule existed: straight into the database.
        QuarkusTransaction.requiringNew().run(() -> Conference.update("letterSymbol = ?1 where id = ?2",
                "UBND\r\nX-Injected: 1", conference));
        List<Map<String, Object>> issued = Api.as(Api.ORGANIZER).post("/api/conferences/" + conference + "/invitations")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().jsonPath().getList("$");
        long invitation = ((Number) issued.get(0).get("id")).longValue();

        for (String path : List.of("/api/invitations/" + invitation + "/letter.pdf",
                "/conferences/" + conference + "/invitations/" + invitation + "/letter.pdf")) {
            var request = path.startsWith("/api") ? Api.as(Api.ORGANIZER).accept("application/pdf")
                    : Api.page(Api.ORGANIZER);
            Response pdf = request.config(GUARDED).get(path);
            assertEquals(200, pdf.statusCode(), path);
            String disposition = pdf.header("Content-Disposition");
            assertFalse(disposition.contains("\r") || disposition.contains("\n"), disposition);
            assertEquals(null, pdf.header("X-Injected"), "no header was injected");
            assertTrue(disposition.contains("filename*=UTF-8''giay-moi-du-thao-GM-UBND%0D%0AX-Injected"), disposition);
        }
    }

    private static String conferenceBody(String symbol) {
        return """
                {"title": "Hội nghị ký hiệu", "reviewYear": 2023, "startsAt": "2023-12-08T07:30",
                 "endsAt": "2023-12-08T11:30", "venue": {"name": "Hội trường", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang",
                 "letter": {"symbol": "%s"}}
                """.formatted(symbol.replace("\r", "\\r").replace("\n", "\\n"));
    }
}
