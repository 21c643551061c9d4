package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tongket.support.Api.ORGANIZER;
import static vn.tongket.support.Api.as;

/**
 * Threat: personal data kept by a shared computer's browser cache or a proxy, read by the next person; defence:
 * {@code Cache-Control: no-store} on pages, API answers and the personal-link pages; static assets stay cacheable.
 */
@QuarkusTest
class CachedPersonalDataThreatTest {

    @Test
    void pagesApiAnswersAndPersonalLinkPagesAreNotStored() {
        long conference = Api.createConference("Hội nghị thử bộ nhớ đệm", false);
        Api.addDelegate(conference, "Lê Văn Đệm", "dem@example.vn", "GUEST", 1);
        List<Map<String, Object>> issued = as(ORGANIZER).post("/api/conferences/" + conference + "/invitations")
                .then().statusCode(201).extract().jsonPath().getList("$");
        String token = (String) issued.get(0).get("token");
        long invitation = ((Number) issued.get(0).get("id")).longValue();
        var session = Api.sessionCookies(ORGANIZER);

        assertNotStored("the invitations page", RestAssured.given().cookies(session)
                .get("/conferences/" + conference + "/invitations"), 200);
        assertNotStored("the attendance list", RestAssured.given().cookies(session)
                .get("/conferences/" + conference + "/attendance.xlsx"), 200);
        assertNotStored("the invitations API", as(ORGANIZER).get("/api/conferences/" + conference + "/invitations"), 200);
        assertNotStored("the delegates API", as(ORGANIZER).get("/api/conferences/" + conference + "/delegates"), 200);
        assertNotStored("the letter PDF", as(ORGANIZER).accept("application/pdf")
                .get("/api/invitations/" + invitation + "/letter.pdf"), 200);
        assertNotStored("the answer page", RestAssured.get("/rsvp/" + token), 200);
        assertNotStored("the delegate's documents", RestAssured.get("/documents/" + token), 200);
        assertNotStored("the sign-in page", RestAssured.get("/login"), 200);
    }

    @Test
    void staticAssetsStayCacheable() {
        Response css = RestAssured.get("/static/app.css");
        assertEquals(200, css.statusCode());
        String cacheControl = css.header("Cache-Control");
        assertFalse(cacheControl != null && cacheControl.contains("no-store"), "app.css: " + cacheControl);
    }

    private static void assertNotStored(String what, Response response, int status) {
        assertEquals(status, response.statusCode(), what);
        List<String> values = response.headers().getValues("Cache-Control");
        assertTrue(values.stream().anyMatch(v -> v.contains("no-store")), what + ": Cache-Control " + values);
    }
}
