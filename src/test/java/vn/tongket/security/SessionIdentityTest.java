package vn.tongket.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.tongket.support.Api.ADMIN;
import static vn.tongket.support.Api.as;

/**
 * A signed-in user's identity is kept for a moment between requests of the same session cookie
 * ({@code tongket.security.session-identity-ttl}, 2 s): a change of roles or a disabling made through this instance
 * applies to the very next request; a change written past it (another instance) within the TTL.
 */
@QuarkusTest
class SessionIdentityTest {

    private static final String PASSWORD = "mat-khau-phien-lam-viec";

    @Test
    void rolesAndDisablingApplyToTheNextRequestOfAnOpenSession() {
        long id = createUser("phien1", "[\"ADMIN\"]");
        Map<String, String> cookie = signIn("phien1");
        for (int i = 0; i < 3; i++) { // the second and third are served from the kept identity
            usersPage(cookie).then().statusCode(200).body(containsString("phien1"));
        }
        update(id, "phien1", "[\"ORGANIZER\"]", true);
        usersPage(cookie).then().statusCode(403);
        RestAssured.given().cookies(cookie).get("/conferences").then().statusCode(200);
        update(id, "phien1", "[\"ORGANIZER\"]", false);
        RestAssured.given().redirects().follow(false).cookies(cookie).get("/conferences").then()
                .statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void aChangeWrittenPastThisInstanceAppliesOnceTheTtlHasPassed() {
        createUser("phien2", "[\"ADMIN\"]");
        Map<String, String> cookie = signIn("phien2");
        usersPage(cookie).then().statusCode(200);
        // As another instance would: straight to the database, no entity listener here.
        QuarkusTransaction.requiringNew().run(() -> UserAccount.update("enabled = false where username = ?1", "phien2"));
        // That it is applied no later than the TTL is ShortLivedCacheTest's; here, that it is applied at all.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> RestAssured.given().redirects().follow(false)
                .cookies(cookie).get("/admin/users").then()
                .statusCode(302).header("Location", not(containsString("/admin/users"))));
    }

    private static long createUser(String username, String roles) {
        return as(ADMIN).body("""
                {"username": "%s", "fullName": "Thử phiên làm việc", "password": "%s", "roles": %s}"""
                .formatted(username, PASSWORD, roles)).post("/api/users").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void update(long id, String username, String roles, boolean enabled) {
        as(ADMIN).body("""
                {"username": "%s", "fullName": "Thử phiên làm việc", "roles": %s, "enabled": %s}"""
                .formatted(username, roles, enabled)).put("/api/users/" + id).then().statusCode(200);
    }

    private static Map<String, String> signIn(String username) {
        var r = Api.loginForm(username, PASSWORD).post("/j_security_check");
        r.then().statusCode(302);
        return Map.of("tongket-session", r.cookie("tongket-session"),
                "tongket-session-start", r.cookie("tongket-session-start"));
    }

    private static io.restassured.response.Response usersPage(Map<String, String> cookie) {
        return RestAssured.given().redirects().follow(false).cookies(cookie).get("/admin/users");
    }
}
