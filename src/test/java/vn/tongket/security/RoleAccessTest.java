package vn.tongket.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tongket.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every foundation endpoint against every role and against no login: 401 without credentials, 403 for the wrong role. */
@QuarkusTest
class RoleAccessTest {

    record Endpoint(String method, String path, String body, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final Set<String> EVERYONE = Set.of("admin", "bochqs", "sonoivu", "vpubnd");
    static final Set<String> ORGANIZERS = Set.of("admin", "bochqs");
    static final Set<String> ADMINS = Set.of("admin");

    static final String CONFERENCE = """
            {"title": "Quyền", "reviewYear": 2023, "startsAt": "2023-12-08T07:30", "endsAt": "2023-12-08T11:30",
             "venue": {"name": "H", "address": "A"}, "issuer": "UBND", "place": "Bắc Giang"}""";
    static final String ITEM = """
            {"title": "Mục", "startsAt": "2023-12-08T07:30", "endsAt": "2023-12-08T07:31", "kind": "OTHER"}""";
    static final String DELEGATE = """
            {"fullName": "Người", "category": "GUEST"}""";

    static long conferenceId;

    @BeforeEach
    void createConference() {
        if (conferenceId == 0) {
            conferenceId = Api.createConference("Hội nghị kiểm tra quyền", false);
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/api/me", null, EVERYONE),
                new Endpoint("GET", "/api/conferences", null, EVERYONE),
                new Endpoint("GET", "/api/conferences/{c}", null, EVERYONE),
                new Endpoint("POST", "/api/conferences", CONFERENCE, ORGANIZERS),
                new Endpoint("PUT", "/api/conferences/{c}", CONFERENCE, ORGANIZERS),
                new Endpoint("GET", "/api/conferences/{c}/agenda", null, EVERYONE),
                new Endpoint("POST", "/api/conferences/{c}/agenda", ITEM, ORGANIZERS),
                new Endpoint("PUT", "/api/conferences/{c}/agenda/999999", ITEM, ORGANIZERS),
                new Endpoint("DELETE", "/api/conferences/{c}/agenda/999999", null, ORGANIZERS),
                new Endpoint("GET", "/api/conferences/{c}/delegates", null, EVERYONE),
                new Endpoint("GET", "/api/conferences/{c}/delegates/introduction", null, EVERYONE),
                new Endpoint("POST", "/api/conferences/{c}/delegates", DELEGATE, ORGANIZERS),
                new Endpoint("PUT", "/api/conferences/{c}/delegates/999999", DELEGATE, ORGANIZERS),
                new Endpoint("DELETE", "/api/conferences/{c}/delegates/999999", null, ORGANIZERS),
                new Endpoint("POST", "/api/conferences/{c}/delegates/999999/move-up", null, ORGANIZERS),
                new Endpoint("GET", "/api/organizations", null, EVERYONE),
                new Endpoint("GET", "/api/users", null, ADMINS),
                new Endpoint("POST", "/api/users", "{}", ADMINS),
                new Endpoint("PUT", "/api/users/999999", "{}", ADMINS),
                new Endpoint("POST", "/api/organizations", "{\"name\": \"Đơn vị quyền\", \"level\": \"COMMUNE\", \"grassroots\": true}", ADMINS));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            cases.add(Arguments.of(e, null));
            for (String user : EVERYONE) {
                cases.add(Arguments.of(e, user));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void endpointEnforcesItsRoles(Endpoint e, String user) {
        var request = user == null ? Api.anonymous() : Api.as(user);
        if (e.body() != null) {
            request = request.body(e.body());
        }
        int status = request.request(e.method(), e.path().replace("{c}", String.valueOf(conferenceId))).statusCode();
        if (user == null) {
            assertEquals(401, status, "no login must get 401");
        } else if (e.allowed().contains(user)) {
            assertNotEquals(401, status, user + " is signed in");
            assertNotEquals(403, status, user + " may call " + e);
        } else {
            assertEquals(403, status, user + " must be refused " + e);
        }
    }

    @org.junit.jupiter.api.Test
    void wrongPasswordIs401() {
        RestAssured.given().auth().preemptive().basic("bochqs", "sai-mat-khau").get("/api/conferences")
                .then().statusCode(401);
    }

    @org.junit.jupiter.api.Test
    void pagesRedirectToLoginWithoutSession() {
        RestAssured.given().redirects().follow(false).get("/conferences").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.containsString("/login"));
    }
}
