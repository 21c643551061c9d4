package vn.tongket.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Outside demo mode: no demo accounts, and the first administrator comes from TONGKET_ADMIN_PASSWORD. */
@QuarkusTest
@TestProfile(ProductionAccountsTest.NotDemo.class)
class ProductionAccountsTest {

    public static class NotDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tongket.demo", "false", "tongket.admin-password", "QuanTri2024x");
        }
    }

    @Test
    void firstAdministratorComesFromTheEnvironment() {
        RestAssured.given().auth().preemptive().basic("admin", "QuanTri2024x").get("/api/me").then()
                .statusCode(200).body("username", equalTo("admin")).body("roles", hasItem("ADMIN"));
    }

    @Test
    void demoAccountsDoNotExist() {
        for (String user : new String[]{"admin", "bochqs", "sonoivu", "vpubnd"}) {
            RestAssured.given().auth().preemptive().basic(user, "demo-" + user).get("/api/me").then().statusCode(401);
        }
    }

    @Test
    void noDemoConferenceIsSeeded() {
        RestAssured.given().auth().preemptive().basic("admin", "QuanTri2024x").get("/api/conferences")
                .then().statusCode(200).body("size()", equalTo(0));
    }
}
