package vn.tongket.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

/** RestAssured requests as each demo account (HTTP Basic), JSON in and out. */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ORGANIZER = "bochqs";
    public static final String REVIEWER = "sonoivu";
    public static final String APPROVER = "vpubnd";
    public static final String FINANCE = "sotaichinh";

    /** Any value will do for the login form's CSRF token, as long as cookie and field agree. */
    public static final String LOGIN_CSRF_TOKEN = "kiem-thu-csrf-dang-nhap";

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return RestAssured.given().auth().preemptive().basic(username, "demo-" + username)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /**
     * Creates a conference on 08/12/2023 07:30-11:30 (optionally with the standard agenda) and returns its id. Its
     * letter is registered (Số 07, 01/12/2023), so that its letters are not drafts and can be sent.
     */
    public static long createConference(String title, boolean standardAgenda) {
        return as(ORGANIZER).body("""
                {"title": "%s", "reviewYear": 2023, "startsAt": "2023-12-08T07:30", "endsAt": "2023-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Đường Võ Nguyên Giáp, Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang", "standardAgenda": %s,
                 "letter": {"number": 7, "issuedOn": "2023-12-01"}}
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

    /**
     * The login form's post, not yet sent, with its CSRF token (double submit: the same value as cookie and field,
     * as a browser sends what the login page gave it).
     */
    public static RequestSpecification loginForm(String username, String password) {
        return RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", LOGIN_CSRF_TOKEN).formParam("csrf-token", LOGIN_CSRF_TOKEN)
                .formParam("j_username", username).formParam("j_password", password);
    }

    /** Signs in through the login form and returns the session's cookies (form cookie and its start), for pages. */
    public static Map<String, String> sessionCookies(String username) {
        Response r = loginForm(username, "demo-" + username).post("/j_security_check");
        r.then().statusCode(302);
        return Map.of("tongket-session", r.cookie("tongket-session"),
                "tongket-session-start", r.cookie("tongket-session-start"));
    }

    /** A page request as a signed-in user (form-login cookies). */
    public static RequestSpecification page(String username) {
        return RestAssured.given().cookies(sessionCookies(username));
    }
}
