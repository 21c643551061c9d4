package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tongket.security.SessionStart;
import vn.tongket.support.Api;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tongket.support.Api.ADMIN;
import static vn.tongket.support.Api.as;

/** Threat: a copied session cookie replayed after sign-out, a new password or a working day; defence: sessions end. */
@QuarkusTest
class SessionReplayThreatTest {

    private static final String PASSWORD = "mat-khau-phien-cu-1";

    @Inject
    SessionStart sessionStart;

    @Test
    void aCopiedCookieUsedAfterSignOutGetsTheSignInPage() {
        createUser("phienthoat");
        Map<String, String> copied = signIn("phienthoat", PASSWORD);
        Response page = page(copied, "/conferences");
        page.then().statusCode(200);

        Response out = RestAssured.given().redirects().follow(false).cookies(copied)
                .cookie("csrf-token", page.cookie("csrf-token")).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrfField(page)).post("/logout");
        out.then().statusCode(303).header("Location", containsString("/login"));
        assertTrue(out.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("tongket-session=;") && c.contains("Max-Age=0")), out.headers().toString());

        assertSignInPage(page(copied, "/conferences"));
        // Signing in again opens a new session.
        page(signIn("phienthoat", PASSWORD), "/conferences").then().statusCode(200);
    }

    @Test
    void signOutWithoutItsCsrfTokenEndsNothing() {
        createUser("phienkhongthoat");
        Map<String, String> session = signIn("phienkhongthoat", PASSWORD);
        RestAssured.given().redirects().follow(false).cookies(session).contentType("application/x-www-form-urlencoded")
                .formParam("x", "1").post("/logout").then().statusCode(400);
        RestAssured.given().redirects().follow(false).cookies(session).get("/logout").then()
                .statusCode(not(303));
        page(session, "/conferences").then().statusCode(200);
    }

    @Test
    void aCopiedCookieUsedAfterAPasswordChangeGetsTheSignInPage() {
        long id = createUser("phienmatkhau");
        Map<String, String> copied = signIn("phienmatkhau", PASSWORD);
        page(copied, "/conferences").then().statusCode(200);

        as(ADMIN).body("""
                {"username": "phienmatkhau", "fullName": "Thử phiên cũ", "password": "mat-khau-moi-2", "roles": ["ORGANIZER"]}""")
                .put("/api/users/" + id).then().statusCode(200);

        assertSignInPage(page(copied, "/conferences"));
        page(signIn("phienmatkhau", "mat-khau-moi-2"), "/conferences").then().statusCode(200);
    }

    @Test
    void aSessionPastItsAbsoluteLifetimeGetsTheSignInPageHoweverActive() {
        createUser("phiendai");
        Map<String, String> session = signIn("phiendai", PASSWORD);
        page(session, "/conferences").then().statusCode(200);

        // The form cookie is renewed while the user works; the start travels unchanged (PT10H in this profile).
        page(withStart(session, sessionStart.value("phiendai", Instant.now().minus(Duration.ofHours(9)))),
                "/conferences").then().statusCode(200);
        assertSignInPage(page(withStart(session,
                sessionStart.value("phiendai", Instant.now().minus(Duration.ofHours(10)).minusSeconds(60))), "/conferences"));
    }

    @Test
    void aSessionStartThatIsForgedMissingOrAnotherUsersGetsTheSignInPage() {
        createUser("phiengia");
        createUser("phienkhac");
        Map<String, String> session = signIn("phiengia", PASSWORD);
        String genuine = session.get(SessionStart.COOKIE);
        String[] parts = genuine.split("\\.");
        String younger = parts[0] + "." + Instant.now().toEpochMilli() + "." + parts[2];

        assertSignInPage(page(withStart(session, younger), "/conferences"));
        assertSignInPage(page(Map.of("tongket-session", session.get("tongket-session")), "/conferences"));
        assertSignInPage(page(withStart(session, signIn("phienkhac", PASSWORD).get(SessionStart.COOKIE)), "/conferences"));
        page(session, "/conferences").then().statusCode(200);
    }

    private static void assertSignInPage(Response response) {
        response.then().statusCode(302).header("Location", containsString("/login"));
    }

    private static Map<String, String> withStart(Map<String, String> session, String start) {
        Map<String, String> cookies = new HashMap<>(session);
        cookies.put(SessionStart.COOKIE, start);
        return cookies;
    }

    private static Response page(Map<String, String> cookies, String path) {
        return RestAssured.given().redirects().follow(false).cookies(cookies).get(path);
    }

    private static String csrfField(Response page) {
        return page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
    }

    private static Map<String, String> signIn(String username, String password) {
        Response r = Api.loginForm(username, password).post("/j_security_check");
        r.then().statusCode(302).header("Location", not(containsString("error")));
        return Map.of("tongket-session", r.cookie("tongket-session"), SessionStart.COOKIE, r.cookie(SessionStart.COOKIE));
    }

    private static long createUser(String username) {
        return as(ADMIN).body("""
                {"username": "%s", "fullName": "Thử phiên cũ", "password": "%s", "roles": ["ORGANIZER"]}"""
                .formatted(username, PASSWORD)).post("/api/users").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
