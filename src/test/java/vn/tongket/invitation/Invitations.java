package vn.tongket.invitation;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;

/** Test arrangements for invitations: conferences in the future, issuing, answering through the public form. */
final class Invitations {

    private Invitations() {
    }

    /** A conference next year (answers still open), its letter registered (Số 07, 01/12), returning its id. */
    static long futureConference(String title) {
        int year = java.time.Year.now().getValue() + 1;
        return Api.as(Api.ORGANIZER).body("""
                {"title": "%s", "reviewYear": %d, "startsAt": "%d-12-08T07:30", "endsAt": "%d-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Đường Võ Nguyên Giáp, Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang",
                 "letter": {"number": 7, "issuedOn": "%d-12-01"}}
                """.formatted(title, year - 1, year, year, year))
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static List<Map<String, Object>> issue(long conferenceId) {
        return Api.as(Api.ORGANIZER).post("/api/conferences/" + conferenceId + "/invitations")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().jsonPath().getList("$");
    }

    /** The invitation token of one delegate (issuing first). */
    static String tokenOf(long conferenceId, long delegateId) {
        return issue(conferenceId).stream().filter(i -> ((Number) i.get("delegateId")).longValue() == delegateId)
                .map(i -> (String) i.get("token")).findFirst().orElseThrow();
    }

    /** Posts the public answer form as a browser would: fetch the page (CSRF cookie and field), then submit. */
    static Response answer(String token, String answer, String name, String position) {
        Response page = RestAssured.given().get("/rsvp/" + token);
        page.then().statusCode(200);
        String csrf = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        var request = RestAssured.given().redirects().follow(false).cookie("csrf-token", page.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf).formParam("answer", answer);
        if (name != null) {
            request.formParam("substituteName", name);
        }
        if (position != null) {
            request.formParam("substitutePosition", position);
        }
        return request.post("/rsvp/" + token);
    }
}
