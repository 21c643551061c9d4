package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.OpenApi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cross-site request forgery: every state-changing page request, whatever its body, needs the CSRF token. */
@QuarkusTest
class CsrfThreatTest {

    /** Sign-in and sign-out have their own defences (another threat class). */
    private static final List<String> NOT_HERE = List.of("/login", "/logout");

    private static final Map<String, String> USER_OF_ROLE = Map.of("ADMIN", Api.ADMIN, "ORGANIZER", Api.ORGANIZER,
            "REVIEWER", Api.REVIEWER, "APPROVER", Api.APPROVER);

    private final Map<String, Map<String, String>> sessions = new HashMap<>();

    @Test
    void everyPagePostWithoutTheTokenIsRefusedWhateverItsBody() {
        List<OpenApi.Operation> operations = OpenApi.load().operations().stream()
                .filter(op -> !op.isApi() && !op.method().equals("GET") && !NOT_HERE.contains(op.path()))
                .toList();
        assertTrue(operations.size() > 40, "page writes found: " + operations);
        String csrfCookie = csrfCookie();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (OpenApi.Operation op : operations) {
            String path = op.path().replaceAll("\\{[^}]*[tT]oken[^}]*}", "khong-co-ma").replaceAll("\\{[^}]+}", "999999");
            for (Map.Entry<String, UnaryOperator<RequestSpecification>> body : bodies(op).entrySet()) {
                RequestSpecification spec = body.getValue().apply(signedIn(op).cookie("csrf-token", csrfCookie));
                Response r = spec.redirects().follow(false).request(op.method(), path);
                requests++;
                // 415: the endpoint takes no such body at all, refused before any code of ours runs.
                boolean refused = r.statusCode() == 400 && r.asString().contains("csrf-token") || r.statusCode() == 415;
                if (!refused) {
                    failures.add(op + " [" + body.getKey() + "] -> " + r.statusCode());
                }
            }
        }
        assertTrue(failures.isEmpty(), requests + " requests, accepted without a token:\n" + String.join("\n", failures));
    }

    @Test
    void aForgedDeleteChangesNothingAndTheTokenInFormOrHeaderWorks() {
        long conference = Api.createConference("Hội nghị CSRF", false);
        long first = Api.addDelegate(conference, "Nguyễn Văn Một", null, "GUEST", null);
        long second = Api.addDelegate(conference, "Trần Thị Hai", null, "GUEST", null);
        Map<String, String> session = Api.sessionCookies(Api.ORGANIZER);
        Response page = RestAssured.given().cookies(session).get("/conferences/" + conference);
        String cookie = page.cookie("csrf-token");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        String delete = "/conferences/" + conference + "/delegates/" + first + "/delete";

        for (String forged : List.of("text/plain", "application/json")) {
            RestAssured.given().cookies(session).cookie("csrf-token", cookie).redirects().follow(false)
                    .contentType(forged).body("csrf-token=" + token).post(delete).then().statusCode(400);
        }
        RestAssured.given().cookies(session).cookie("csrf-token", cookie).redirects().follow(false)
                .header("X-CSRF-TOKEN", "sai" + token).post(delete).then().statusCode(400);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conference + "/delegates/" + first).then().statusCode(200);

        RestAssured.given().cookies(session).cookie("csrf-token", cookie).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("confirm", "yes").post(delete)
                .then().statusCode(303);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conference + "/delegates/" + first).then().statusCode(404);

        RestAssured.given().cookies(session).cookie("csrf-token", cookie).redirects().follow(false)
                .header("X-CSRF-TOKEN", token).contentType("application/x-www-form-urlencoded")
                .formParam("confirm", "yes").post("/conferences/" + conference + "/delegates/" + second + "/delete")
                .then().statusCode(303);
        assertEquals(404, Api.as(Api.ORGANIZER).get("/api/conferences/" + conference + "/delegates/" + second)
                .statusCode());
    }

    /** The bodies a forged request may carry: none of them holds the token. */
    private static Map<String, UnaryOperator<RequestSpecification>> bodies(OpenApi.Operation op) {
        Map<String, UnaryOperator<RequestSpecification>> bodies = new LinkedHashMap<>();
        bodies.put("text/plain", s -> s.contentType("text/plain").body("fullName=x"));
        bodies.put("empty", s -> s);
        bodies.put("json", s -> s.contentType("application/json").body("{}"));
        bodies.put("form", s -> s.contentType("application/x-www-form-urlencoded").formParam("fullName", "x"));
        if (op.bodyType() != null && op.bodyType().startsWith("multipart/")) {
            bodies.put("multipart", s -> s.multiPart("file", "a.pdf", "%PDF-1.4".getBytes()));
        }
        return bodies;
    }

    /** A session of a user the operation admits (anonymous for the public personal-link pages). */
    private RequestSpecification signedIn(OpenApi.Operation op) {
        if (op.isPublic()) {
            return RestAssured.given();
        }
        String user = op.roles().isEmpty() ? Api.ORGANIZER : USER_OF_ROLE.get(op.roles().iterator().next());
        return RestAssured.given().cookies(sessions.computeIfAbsent(user, Api::sessionCookies));
    }

    private static String csrfCookie() {
        return RestAssured.given().get("/login").then().extract().cookie("csrf-token");
    }
}
