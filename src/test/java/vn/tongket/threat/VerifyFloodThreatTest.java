package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Threat: anyone floods the public document verification (no account) with PDFs to keep the server checking
 * signatures; defence: every verification counts against the client's address, 429 past the limit in the window.
 */
@QuarkusTest
class VerifyFloodThreatTest {

    @ConfigProperty(name = "tongket.signing.max-verifications-per-client")
    int limit;

    private static Response verifyFrom(String client) {
        return RestAssured.given().header("X-Forwarded-For", client).contentType("application/pdf")
                .body("%PDF-1.7 not really".getBytes()).post("/api/verify");
    }

    @Test
    void verificationsFromOneClientAreRefusedPastTheLimitOthersGoOn() {
        for (int i = 0; i < limit; i++) {
            verifyFrom("203.0.113.77").then().statusCode(200).body("valid", equalTo(false));
        }
        Response refused = verifyFrom("203.0.113.77");
        assertEquals(429, refused.statusCode(), refused.asString());
        assertTrue(refused.getHeader("Retry-After") != null);
        RestAssured.given().header("X-Forwarded-For", "203.0.113.77").post("/verify").then().statusCode(429);
        verifyFrom("203.0.113.78").then().statusCode(200);
    }
}
