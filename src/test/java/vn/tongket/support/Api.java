package vn.tongket.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** RestAssured requests as each demo account (HTTP Basic), JSON in and out. */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ORGANIZER = "bochqs";
    public static final String REVIEWER = "sonoivu";
    public static final String APPROVER = "vpubnd";

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return RestAssured.given().auth().preemptive().basic(username, "demo-" + username)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Creates a conference on 08/12/2023 07:30-11:30 (optionally with the standard agenda) and returns its id. */
    public static long createConference(String title, boolean standardAgenda) {
        return as(ORGANIZER).body("""
                {"title": "%s", "reviewYear": 2023, "startsAt": "2023-12-08T07:30", "endsAt": "2023-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Đường Võ Nguyên Giáp, Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang", "standardAgenda": %s}
                """.formatted(title, standardAgenda))
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Adds a delegate and returns its id. */
    public static long addDelegate(long conferenceId, String fullName, String email, String category, Integer precedence) {
        return as(ORGANIZER).body("""
                {"fullName": "%s", "position": "Chủ tịch UBND", "organization": "Xã Tân Mỹ", "email": %s,
                 "phone": "0204 3854 321", "category": "%s", "precedence": %s}
                """.formatted(fullName, email == null ? "null" : "\"" + email + "\"", category, precedence))
                .post("/api/conferences/" + conferenceId + "/delegates").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Signs in through the login form and returns the session cookie value, for page requests. */
    public static String sessionCookie(String username) {
        return RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", "demo-" + username)
                .post("/j_security_check").then().statusCode(302).extract().cookie("tongket-session");
    }

    /** A page request as a signed-in user (form-login cookie). */
    public static RequestSpecification page(String username) {
        return RestAssured.given().cookie("tongket-session", sessionCookie(username));
    }
}
