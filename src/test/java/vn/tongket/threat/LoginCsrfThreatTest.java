package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.tongket.security.SessionStart;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.tongket.support.Api.ADMIN;
import static vn.tongket.support.Api.as;

/** Threat: login CSRF, a foreign page signing the victim in as the attacker; defence: the login form's CSRF token. */
@QuarkusTest
class LoginCsrfThreatTest {

    private static final String PASSWORD = "mat-khau-ke-gian-1";

    @Test
    void aSignInPostedWithoutTheLoginPagesTokenOpensNoSession() {
        createUser("kegian1");
        assertRefused(form("kegian1").post("/j_security_check"));
        assertRefused(form("kegian1").cookie("csrf-token", "gia-tri-cookie").formParam("csrf-token", "gia-tri-khac")
                .post("/j_security_check"));
        assertRefused(form("kegian1").formParam("csrf-token", "chi-co-truong").post("/j_security_check"));
    }

    @Test
    void theLoginPageCarriesATokenThatSignsIn() {
        createUser("kegian2");
        Response login = RestAssured.get("/login");
        login.then().statusCode(200);
        String field = login.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        assertNotNull(field, "the login form carries the token");
        Response signedIn = form("kegian2").cookie("csrf-token", login.cookie("csrf-token")).formParam("csrf-token", field)
                .post("/j_security_check");
        signedIn.then().statusCode(302).header("Location", not(containsString("error")));
        assertNotNull(signedIn.cookie("tongket-session"));
        assertNotNull(signedIn.cookie(SessionStart.COOKIE));
    }

    private static void assertRefused(Response response) {
        response.then().statusCode(302).header("Location", containsString("/login?error"));
        assertFalse(response.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("tongket-session=") && !c.startsWith("tongket-session=;")),
                "no session cookie: " + response.headers());
    }

    private static io.restassured.specification.RequestSpecification form(String username) {
        return RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", PASSWORD);
    }

    private static void createUser(String username) {
        as(ADMIN).body("""
                {"username": "%s", "fullName": "Thử đăng nhập giả", "password": "%s", "roles": ["REVIEWER"]}"""
                .formatted(username, PASSWORD)).post("/api/users").then().statusCode(201);
    }
}
