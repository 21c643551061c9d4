package vn.tongket;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tongket.support.EmbeddedDatabaseResource;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded MariaDB starts from an empty directory, Flyway builds the schema, and readiness checks it. */
@QuarkusTest
class EmbeddedDatabaseTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void schemaWasMigratedFromNothingInThisRun() throws Exception {
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(installed_on), COUNT(*), SUM(success = 0) FROM flyway_schema_history")) {
            assertTrue(rs.next());
            Timestamp first = rs.getTimestamp(1);
            assertTrue(rs.getInt(2) >= 1, "at least the foundation migration ran");
            assertTrue(rs.getInt(3) == 0, "no failed migration");
            if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null) {
                assertTrue(first.toInstant().plusSeconds(5).isAfter(jvmStart), "the first migration ran in this test JVM");
                assertTrue(Files.isDirectory(EmbeddedDatabaseResource.DATA_DIR.resolve("mysql")));
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            assertTrue(rs.next());
            assertFalse(rs.getString(1).isBlank());
        }
    }

    @Test
    void readinessIncludesTheDatabaseCheck() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void openApiDocumentIsPublished() {
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/conferences"));
    }
}
