package vn.tongket.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Security headers on pages and API answers; the sign-in cookie is HttpOnly, SameSite, and Secure behind HTTPS. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesAndApiCarryTheSecurityHeaders() {
        assertHeaders(RestAssured.get("/login"));
        assertHeaders(Api.page(Api.ORGANIZER).get("/conferences"));
        assertHeaders(Api.as(Api.ORGANIZER).get("/api/conferences"));
        assertHeaders(RestAssured.get("/rsvp/khong-co-ma-nay"));
    }

    @Test
    void sessionCookieIsHttpOnlySameSiteAndSecureBehindHttps() {
        String plain = signIn(null);
        assertTrue(plain.contains("HttpOnly") && plain.contains("SameSite=Lax"), plain);
        assertFalse(plain.contains("Secure"), "plain HTTP on a developer's machine: " + plain);
        String proxied = signIn("https");
        assertTrue(proxied.contains("HttpOnly") && proxied.contains("SameSite=Lax") && proxied.contains("Secure"), proxied);
    }

    private static String signIn(String forwardedProto) {
        var request = Api.loginForm(Api.ORGANIZER, "demo-bochqs");
        if (forwardedProto != null) {
            request = request.header("X-Forwarded-Proto", forwardedProto);
        }
        Response r = request.post("/j_security_check");
        assertEquals(302, r.statusCode());
        return r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("tongket-session="))
                .findFirst().orElseThrow().replace("HTTPOnly", "HttpOnly");
    }

    private static void assertHeaders(Response r) {
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("DENY", r.header("X-Frame-Options"));
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
    }
}
