package vn.tongket.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.OpenApi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the application's OpenAPI document, present and future, against no login and against every
 * role: without credentials the API answers 401 and pages send to the login form (only the allow-listed public
 * paths answer); a role outside an operation's @RolesAllowed gets 403; a role inside it is never refused.
 * RoleAccessTest keeps the hand-written table of the foundation's expectations.
 */
@QuarkusTest
class GeneratedAccessTest {

    /** What may answer without login: the sign-in pages, the delegates' personal links, document verification. */
    static final List<String> PUBLIC = List.of("/", "/login", "/logout", "/rsvp/", "/presentation/", "/documents/",
            "/ballot/", "/verify", "/verify/", "/api/verify");

    static final Map<String, String> ROLE_OF = Map.of(Api.ADMIN, "ADMIN", Api.ORGANIZER, "ORGANIZER",
            Api.REVIEWER, "REVIEWER", Api.APPROVER, "APPROVER");

    @Test
    void everyOperationRefusesAnonymousCallersAndRolesItDoesNotAllow() {
        List<OpenApi.Operation> operations = OpenApi.load().operations();
        assertTrue(operations.size() > 30, "the document lists the endpoints: " + operations);
        Map<String, Map<String, String>> cookies = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (OpenApi.Operation op : operations) {
            String path = op.path().replaceAll("\\{[^}]+}", "999999");
            if (!isPublic(path)) {
                Response r = call(RestAssured.given().redirects().follow(false), op, path);
                checks++;
                boolean refused = op.isApi() ? r.statusCode() == 401
                        : r.statusCode() == 302 && r.header("Location").contains("/login");
                if (!refused) {
                    failures.add("anonymous " + op + " -> " + r.statusCode());
                }
            }
            if (op.isPublic()) {
                continue;
            }
            for (Map.Entry<String, String> user : ROLE_OF.entrySet()) {
                boolean allowed = op.roles().isEmpty() || op.roles().contains(user.getValue());
                if (allowed && !op.method().equals("GET")) {
                    continue; // an allowed write would change data; the feature tests cover those
                }
                RequestSpecification spec = op.isApi() ? Api.as(user.getKey())
                        : RestAssured.given().cookies(cookies.computeIfAbsent(user.getKey(), Api::sessionCookies));
                Response r = call(spec.redirects().follow(false), op, path);
                checks++;
                int status = r.statusCode();
                if (allowed && (status == 401 || status == 403)) {
                    failures.add(user.getKey() + " " + op + " allowed by " + op.roles() + " but got " + status);
                }
                if (!allowed && status != 403) {
                    failures.add(user.getKey() + " " + op + " not allowed (" + op.roles() + ") but got " + status);
                }
            }
        }
        assertTrue(failures.isEmpty(), checks + " checks, failures:\n" + String.join("\n", failures));
    }

    private static boolean isPublic(String path) {
        return PUBLIC.stream().anyMatch(p -> p.endsWith("/") && p.length() > 1 ? path.startsWith(p) : path.equals(p));
    }

    /** The request with an empty body of the type the operation declares, so that the role check answers. */
    private static Response call(RequestSpecification spec, OpenApi.Operation op, String path) {
        if (op.jsonBodySchema() != null) {
            spec = spec.contentType("application/json").body("{}");
        } else if (op.bodyType() != null && op.bodyType().startsWith("multipart/")) {
            spec = spec.contentType(op.bodyType()).multiPart("file", "empty.txt", new byte[0]);
        } else if (op.bodyType() != null && !op.bodyType().equals("application/x-www-form-urlencoded")) {
            spec = spec.contentType(op.bodyType()).body(new byte[0]);
        }
        return spec.request(op.method(), path);
    }
}
