package vn.tongket.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.http.HttpMethod;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader's language: ?lang= sets a cookie, and the cookie wins over Accept-Language on pages and in the API. */
@QuarkusTest
class LanguageChoiceTest {

    @Test
    void vietnameseIsTheDefault() {
        RestAssured.given().get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"vi\">"))
                .body(containsString("<title>Đăng nhập"));
    }

    @Test
    void theBrowsersLanguageIsFollowedWithoutACookie() {
        RestAssured.given().header("Accept-Language", "en-US,en;q=0.9").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<title>Sign in"));
    }

    @Test
    void theCookieWinsOverTheBrowsersLanguage() {
        RestAssured.given().header("Accept-Language", "en").cookie(LanguageChoice.COOKIE, "vi")
                .get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"vi\">"))
                .body(containsString("<title>Đăng nhập"));
        RestAssured.given().header("Accept-Language", "vi-VN,vi;q=0.9").cookie(LanguageChoice.COOKIE, "en")
                .get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<title>Sign in"));
    }

    @Test
    void theQueryParameterSetsTheCookieForAYearAndWinsOverBoth() {
        Response r = RestAssured.given().header("Accept-Language", "vi").cookie(LanguageChoice.COOKIE, "vi")
                .get("/login?lang=en");
        r.then().statusCode(200).body(containsString("<title>Sign in"));
        String setCookie = r.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(LanguageChoice.COOKIE + "=")).findFirst().orElse(null);
        assertNotNull(setCookie, "no language cookie in " + r.headers());
        assertTrue(setCookie.startsWith(LanguageChoice.COOKIE + "=en;"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertTrue(setCookie.contains("Max-Age=31536000"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    }

    @Test
    void theSwitchMarksTheCurrentLanguage() {
        String page = RestAssured.given().cookie(LanguageChoice.COOKIE, "en").get("/login?error=true").then()
                .statusCode(200)
                .extract().asString();
        assertTrue(page.contains("id=\"lang-en\" aria-current=\"true\""), page);
        assertTrue(page.contains("href=\"/login?error=true&amp;lang=vi\""), page);
        assertFalse(page.contains("id=\"lang-vi\" aria-current"), page);
    }

    @Test
    void anUnknownLanguageIsIgnoredAndNotRemembered() {
        Response r = RestAssured.given().header("Accept-Language", "en").cookie(LanguageChoice.COOKIE, "fr")
                .get("/login?lang=<script>");
        r.then().statusCode(200).body(containsString("<title>Sign in"));
        assertTrue(r.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(LanguageChoice.COOKIE)),
                r.headers().toString());
    }

    @Test
    void signedInPagesFollowTheCookie() {
        Api.page(Api.ORGANIZER).header("Accept-Language", "vi").cookie(LanguageChoice.COOKIE, "en")
                .get("/conferences").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("id=\"lang-en\" aria-current=\"true\""))
                .body(not(containsString("Đăng xuất")));
    }

    @Test
    void errorPagesFollowTheCookie() {
        Api.page(Api.ORGANIZER).header("Accept-Language", "vi").cookie(LanguageChoice.COOKIE, "en")
                .get("/conferences/987654321").then().statusCode(404)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Not found"))
                .body(not(containsString("Không tìm thấy")));
    }

    @Test
    void jsonErrorsFollowTheCookie() {
        Api.as(Api.ORGANIZER).header("Accept-Language", "en").cookie(LanguageChoice.COOKIE, "vi")
                .get("/api/conferences/987654321").then().statusCode(404)
                .body("title", equalTo("Không tìm thấy"));
        Api.as(Api.ORGANIZER).header("Accept-Language", "vi").cookie(LanguageChoice.COOKIE, "en")
                .get("/api/conferences/987654321").then().statusCode(404)
                .body("title", equalTo("Not found"));
    }

    @Test
    void validationMessagesFollowTheCookie() {
        String blankTitle = """
                {"title": " ", "reviewYear": 2023, "startsAt": "2023-12-08T07:30", "endsAt": "2023-12-08T11:30",
                 "venue": {"name": "Hội trường", "address": "Bắc Giang"}, "issuer": "UBND TỈNH", "place": "Bắc Giang"}
                """;
        Api.as(Api.ORGANIZER).header("Accept-Language", "vi").cookie(LanguageChoice.COOKIE, "en").body(blankTitle)
                .post("/api/conferences").then().statusCode(400)
                .body("violations.message", hasItem("must not be blank"));
        Api.as(Api.ORGANIZER).header("Accept-Language", "en").cookie(LanguageChoice.COOKIE, "vi").body(blankTitle)
                .post("/api/conferences").then().statusCode(400)
                .body("violations.message", hasItem("không được để trống"));
    }

    @Test
    void theSwitchLeadsToThisPageInTheOtherLanguage() {
        assertEquals("/conferences/7?category=GUEST&page=2&lang=en", PageLanguage.switchAddress(HttpMethod.GET,
                "/conferences/7?category=GUEST&lang=vi&page=2", null, "localhost:8080", "en"));
        assertEquals("/conferences/7/nominations/3?lang=vi", PageLanguage.switchAddress(HttpMethod.POST,
                "/conferences/7/nominations/3/edit", "http://localhost:8080/conferences/7/nominations/3",
                "localhost:8080", "vi"));
        assertEquals("/conferences?lang=en", PageLanguage.switchAddress(HttpMethod.POST,
                "/conferences/7/nominations/3/edit", "https://elsewhere.example/conferences/7", "localhost:8080", "en"));
        assertEquals("/conferences?lang=en", PageLanguage.switchAddress(HttpMethod.POST, "/conferences", null,
                "localhost:8080", "en"));
        assertEquals("/conferences?lang=en", PageLanguage.switchAddress(HttpMethod.GET, "//elsewhere.example/x", null,
                "localhost:8080", "en"));
    }

    @Test
    void acceptLanguageHeadersAreReadByWeight() {
        assertEquals("en", Localization.language(LanguageChoice.accepted("fr;q=0.9, en;q=0.8, vi;q=0.1")));
        assertEquals("vi", Localization.language(LanguageChoice.accepted("en;q=0, vi")));
        assertEquals("vi", Localization.language(LanguageChoice.accepted("not a ; header ;;; q=x")));
        assertEquals("vi", Localization.language(LanguageChoice.accepted(null)));
    }
}
