package vn.tongket.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.RawHttp;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guessing is limited per client address: each test speaks raw HTTP from its own loopback address (127.0.0.x), so
 * one client is refused with 429 while another, and the rest of the suite on 127.0.0.1, goes on unhindered.
 */
@QuarkusTest
class RateLimitTest {

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "tongket.security.max-failures-per-client")
    int limit;

    @Test
    void failedFormSignInsFromOneClientAreRefusedAfterTheLimit() throws IOException {
        String request = RawHttp.signIn("khong-ton-tai", "sai-mat-khau");
        for (int i = 0; i < limit; i++) {
            String response = send("127.0.0.2", request);
            assertEquals(302, RawHttp.status(response), response);
            assertTrue(response.contains("/login?error"), response);
        }
        String refused = send("127.0.0.2", request);
        assertEquals(429, RawHttp.status(refused), refused);
        assertTrue(refused.contains("Retry-After"), refused);
        assertTrue(refused.contains("Quá nhiều lần thử"), refused);

        // Even the right password is refused from that client until the window ends; other clients sign in.
        assertEquals(429, RawHttp.status(send("127.0.0.2", RawHttp.signIn("bochqs", "demo-bochqs"))));
        String other = send("127.0.0.5", RawHttp.signIn("bochqs", "demo-bochqs"));
        assertEquals(302, RawHttp.status(other), other);
        assertFalse(other.contains("/login"), "signed in, not sent back to the sign-in page: " + other);
        Api.as(Api.ORGANIZER).get("/api/me").then().statusCode(200);
    }

    @Test
    void failedBasicCredentialsFromOneClientAreRefusedAfterTheLimitInTheErrorShape() throws IOException {
        String wrong = Base64.getEncoder().encodeToString("khong-co-ai:doan-sai".getBytes(StandardCharsets.UTF_8));
        String request = "GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + wrong
                + "\r\nAccept-Language: en\r\nConnection: close\r\n\r\n";
        for (int i = 0; i < limit; i++) {
            assertEquals(401, RawHttp.status(send("127.0.0.3", request)));
        }
        String refused = send("127.0.0.3", request);
        assertEquals(429, RawHttp.status(refused), refused);
        assertTrue(refused.contains("\"status\":429") && refused.contains("Too many attempts"), refused);
        RestAssured.given().auth().preemptive().basic("sonoivu", "demo-sonoivu").get("/api/me").then().statusCode(200);
        // (an unknown user name, so that no account is locked by the per-account rule meanwhile)
    }

    @Test
    void unknownPersonalLinksFromOneClientAreRefusedAfterTheLimit() throws IOException {
        for (int i = 0; i < limit; i++) {
            String response = send("127.0.0.4", "GET /rsvp/doan-ma-" + i + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertEquals(404, RawHttp.status(response), response);
        }
        String refused = send("127.0.0.4", "GET /rsvp/doan-ma-cuoi HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(429, RawHttp.status(refused), refused);
        assertTrue(refused.contains("Vui lòng thử lại sau"), refused);
        String other = send("127.0.0.6", "GET /rsvp/doan-ma-khac HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(404, RawHttp.status(other), "another client is not affected");
    }

    private String send(String from, String request) {
        return RawHttp.exchange(base, from, request, Duration.ofSeconds(10));
    }
}
