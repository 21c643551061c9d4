package vn.tongket;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.EmbeddedDatabaseResource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database goes away and comes back while the application runs: readiness says DOWN then UP without a restart,
 * a request during the outage gets a clear "try again" answer (503) and writes nothing, and work goes on after.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void readinessFollowsTheDatabaseAndRequestsDuringTheOutageAskToTryAgain() throws Exception {
        String url = EmbeddedDatabase.jdbcUrl();
        assumeTrue(url != null, "runs on the embedded database only");
        int port = URI.create(url.substring("jdbc:".length())).getPort();
        long conference = Api.createConference("Hội nghị thử mất kết nối", false);
        RestAssured.get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        var session = Api.sessionCookies(Api.ORGANIZER);

        EmbeddedDatabase.stop();
        try {
            RestAssured.get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            Api.as(Api.ORGANIZER).body("""
                    {"title": "Giải lao", "startsAt": "2023-12-08T09:45", "endsAt": "2023-12-08T10:00", "kind": "OTHER"}
                    """).post("/api/conferences/" + conference + "/agenda").then().statusCode(503)
                    .body("status", equalTo(503)).body("detail", containsString("thử lại"));
            RestAssured.given().cookies(session).get("/conferences/" + conference).then()
                    .statusCode(503).body(containsString("thử lại"));
            Api.loginForm(Api.ORGANIZER, "demo-bochqs").post("/j_security_check").then().statusCode(503).body(containsString("thử lại"));
        } finally {
            EmbeddedDatabase.start(EmbeddedDatabaseResource.DATA_DIR, port);
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200) {
            status = RestAssured.get("/q/health/ready").statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertEquals(200, status, "ready again without a restart");
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conference + "/agenda").then().statusCode(200)
                .body("size()", equalTo(0));
        Api.as(Api.ORGANIZER).body("""
                {"title": "Giải lao", "startsAt": "2023-12-08T09:45", "endsAt": "2023-12-08T10:00", "kind": "OTHER"}
                """).post("/api/conferences/" + conference + "/agenda").then().statusCode(201);
        assertTrue(EmbeddedDatabase.jdbcUrl().contains(":" + port + "/"));
    }
}
