package vn.tongket.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user whose session ended comes back, after signing in, to the page they were on. */
@QuarkusTest
class SignInReturnTest {

    @Test
    void aPageOpenedWithoutASessionIsShownAgainAfterSigningIn() {
        long conference = Api.createConference("Hội nghị trở lại sau đăng nhập", false);
        String page = "/conferences/" + conference + "?category=GUEST";

        String login = RestAssured.given().redirects().follow(false).get(page).then().statusCode(302)
                .extract().header("Location");
        assertEquals(page, next(login));

        Response form = RestAssured.given().urlEncodingEnabled(false).get(login);
        String hidden = form.htmlPath().getString("**.find { it.@name == 'next' }.@value");
        assertEquals(page, hidden, "the sign-in form carries the page to come back to");

        Response signedIn = Api.loginForm(Api.ORGANIZER, "demo-" + Api.ORGANIZER).formParam("next", hidden)
                .post("/j_security_check");
        signedIn.then().statusCode(302);
        assertEquals(page, signedIn.header("Location"));
    }

    @Test
    void aFormSentAfterTheSessionEndedLeadsBackToTheFormsPageNotToItsPostAddress() {
        long conference = Api.createConference("Hội nghị phiên hết hạn khi đang nhập", false);
        String formPage = "http://localhost:" + RestAssured.port + "/conferences/" + conference;

        String login = RestAssured.given().redirects().follow(false).header("Referer", formPage)
                .contentType("application/x-www-form-urlencoded").formParam("fullName", "Lê Văn Ba")
                .post("/conferences/" + conference + "/delegates")
                .then().statusCode(302).extract().header("Location");

        assertEquals("/conferences/" + conference, next(login));
        Response signedIn = Api.loginForm(Api.ORGANIZER, "demo-" + Api.ORGANIZER).formParam("next", next(login))
                .post("/j_security_check");
        assertEquals("/conferences/" + conference, signedIn.header("Location"));
        RestAssured.given().cookies(Api.sessionCookies(Api.ORGANIZER)).get(signedIn.header("Location"))
                .then().statusCode(200);
    }

    @Test
    void aWrongPasswordKeepsThePageToComeBackTo() {
        Response refused = Api.loginForm(Api.ORGANIZER, "sai-mat-khau").formParam("next", "/nominations")
                .post("/j_security_check");
        String location = refused.header("Location");
        assertTrue(location.contains("error=true"), location);
        assertEquals("/nominations", next(location));
    }

    @Test
    void withoutAPlaceToComeBackToTheHomePageOpens() {
        Response signedIn = Api.loginForm(Api.REVIEWER, "demo-" + Api.REVIEWER).post("/j_security_check");
        assertEquals("/", URI.create(signedIn.header("Location")).getPath());
    }

    /** The {@code next} parameter of a sign-in page address, decoded; null when there is none. */
    static String next(String location) {
        String query = URI.create(location).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("next=")) {
                return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
