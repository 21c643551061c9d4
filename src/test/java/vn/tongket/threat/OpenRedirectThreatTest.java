package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Open redirect through the sign-in return address: only a path on this site is ever followed. */
@QuarkusTest
class OpenRedirectThreatTest {

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/conferences", "https://evil.example/",
            "http://localhost@evil.example/", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)",
            "/\r\nSet-Cookie: x=1", "evil.example", " /conferences", "/login"})
    void aSignInWithAForeignReturnAddressLandsOnTheHomePage(String next) {
        Response signedIn = Api.loginForm(Api.ORGANIZER, "demo-" + Api.ORGANIZER).formParam("next", next)
                .post("/j_security_check");
        signedIn.then().statusCode(302);
        URI location = URI.create(signedIn.header("Location"));
        assertEquals("localhost", location.getHost(), "stays on this site: " + location);
        assertEquals("/", location.getPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example/x", "/\\evil.example"})
    void theSignInPageDoesNotCarryAForeignReturnAddress(String next) {
        String page = RestAssured.given().queryParam("next", next).get("/login").then().statusCode(200)
                .extract().asString();
        assertFalse(page.contains("evil.example"), page);
    }

    @Test
    void aFormPostedFromAnotherSiteIsNotSentBackThere() {
        long conference = Api.createConference("Hội nghị chống chuyển hướng", false);
        String location = RestAssured.given().redirects().follow(false).header("Referer", "https://evil.example/conferences/1")
                .contentType("application/x-www-form-urlencoded").formParam("fullName", "x")
                .post("/conferences/" + conference + "/delegates")
                .then().statusCode(302).extract().header("Location");
        assertEquals("/login", URI.create(location).getPath());
        assertNull(URI.create(location).getQuery(), location);
    }
}
