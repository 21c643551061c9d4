package vn.tongket.threat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.RawHttp;
import vn.tongket.support.OpenApi;

import java.net.URL;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed input answered as a 400 in the error shape, never a 500: generated from the OpenAPI document, every JSON
 * endpoint gets malformed JSON, wrong types, missing fields, 1 MB strings, control characters, decomposed (NFD)
 * Vietnamese, dates past year 9999 and null list elements, field by field; every page form gets no body, an empty
 * form and NUL characters or such dates in each field; refusals before the application (401, 413) keep the shape.
 */
@QuarkusTest
class MalformedInputThreatTest {

    @TestHTTPResource("/")
    URL base;

    static final String NFD_NAME = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
    static final String MEGABYTE = "Ạ".repeat(1 << 19);
    static final String MUST_BE_400 = "(400)";
    static final String CONTROLS = "Tên\u0000\u0007\u001b\u007f có ký tự điều khiển";

    private final Map<String, Long> ids = new LinkedHashMap<>();

    @Test
    void everyJsonEndpointAnswersHostileBodiesWithoutServerErrors() {
        OpenApi api = OpenApi.load();
        arrangeIds();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (OpenApi.Operation op : api.operations()) {
            if (!op.isApi() || op.jsonBodySchema() == null) {
                continue;
            }
            String path = path(op.path());
            String user = userFor(op);
            JsonNode valid = api.sample(op.jsonBodySchema(), "");
            for (Map.Entry<String, String> variant : variants(api, op.jsonBodySchema(), valid).entrySet()) {
                Response r = Api.as(user).body(variant.getValue()).request(op.method(), path);
                requests++;
                String problem = variant.getKey().contains(MUST_BE_400) ? refusal(r) : problem(r);
                if (problem != null) {
                    failures.add(op + " [" + variant.getKey() + "] -> " + r.statusCode() + ": " + problem);
                }
            }
        }
        assertTrue(requests > 50, "hostile requests sent: " + requests);
        assertTrue(failures.isEmpty(), requests + " requests, failures:\n" + String.join("\n", failures));
    }

    @Test
    void everyPageFormAnswersNoBodyNulAndFarDatesWithoutServerErrors() {
        List<OpenApi.Operation> writes = OpenApi.load().operations().stream()
                .filter(op -> !op.isApi() && !op.method().equals("GET") && !op.path().equals("/login")
                        && !op.path().equals("/logout"))
                .toList();
        arrangeIds();
        String csrf = RestAssured.given().get("/login").then().extract().cookie("csrf-token");
        Map<String, Map<String, String>> sessions = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (OpenApi.Operation op : writes) {
            String path = path(op.path());
            Map<String, UnaryOperator<RequestSpecification>> variants = new LinkedHashMap<>();
            variants.put("no body", s -> s);
            variants.put("empty form", s -> s.contentType(ContentType.URLENC).body(""));
            for (String field : op.formFields()) {
                variants.put(field + " NUL", s -> s.contentType(ContentType.URLENC).formParam(field, "20\u000023"));
                variants.put(field + " year 10000", s -> s.contentType(ContentType.URLENC)
                        .formParam(field, "+10000-12-08T08:00"));
            }
            for (Map.Entry<String, UnaryOperator<RequestSpecification>> variant : variants.entrySet()) {
                RequestSpecification spec = op.isPublic() ? RestAssured.given() : RestAssured.given()
                        .cookies(sessions.computeIfAbsent(userFor(op), Api::sessionCookies));
                Response r = variant.getValue().apply(spec.cookie("csrf-token", csrf).header("X-CSRF-TOKEN", csrf))
                        .redirects().follow(false).request(op.method(), path);
                requests++;
                String problem = problem(r);
                if (problem != null) {
                    failures.add(op + " [" + variant.getKey() + "] -> " + r.statusCode() + ": " + problem);
                }
            }
        }
        assertTrue(requests > 100, "hostile page requests sent: " + requests);
        assertTrue(failures.isEmpty(), requests + " requests, failures:\n" + String.join("\n", failures));
    }

    @Test
    void pageFormsWithoutABodyAreRefusedWithA400Page() {
        String csrf = RestAssured.given().get("/login").then().extract().cookie("csrf-token");
        for (String path : List.of("/conferences", "/admin/users", "/admin/prize-rates")) {
            for (boolean formType : List.of(false, true)) {
                RequestSpecification spec = Api.page(Api.ADMIN).cookie("csrf-token", csrf).header("X-CSRF-TOKEN", csrf)
                        .header("Accept-Language", "en").redirects().follow(false);
                Response r = (formType ? spec.contentType(ContentType.URLENC).body("") : spec).post(path);
                assertEquals(400, r.statusCode(), path + " " + r.asString());
                assertTrue(r.contentType().startsWith("text/html") && r.asString().contains("alert-error"),
                        path + ": " + r.asString());
            }
        }
    }

    @Test
    void aConferenceEndingInYear10000IsRefusedByNameOnThePageAndInTheApi() {
        String csrf = RestAssured.given().get("/login").then().extract().cookie("csrf-token");
        Response page = Api.page(Api.ORGANIZER).cookie("csrf-token", csrf).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("csrf-token", csrf).formParam("title", "Hội nghị năm xa")
                .formParam("reviewYear", "2023").formParam("startsAt", "2023-12-08T07:30")
                .formParam("endsAt", "+10000-12-08T11:30").formParam("venueName", "Hội trường")
                .formParam("venueAddress", "Bắc Giang").formParam("issuer", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG")
                .formParam("place", "Bắc Giang").post("/conferences");
        assertEquals(400, page.statusCode(), page.asString());
        assertTrue(page.asString().contains("endsAt"), page.asString());
        Api.as(Api.ORGANIZER).body("""
                {"title": "Hội nghị năm xa", "reviewYear": 2023, "startsAt": "2023-12-08T07:30",
                 "endsAt": "+10000-12-08T11:30", "venue": {"name": "Hội trường", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang"}
                """).post("/api/conferences").then().statusCode(400).body("violations[0].field", is("endsAt"));
    }

    @Test
    void aNullRoleIsRefusedByName() {
        Api.as(Api.ADMIN).body("""
                {"username": "vai-tro-rong", "fullName": "Người thử", "password": "mat-khau-thu-nghiem", "roles": [null]}
                """).post("/api/users").then().statusCode(400).body("violations[0].field", startsWith("roles"));
    }

    @Test
    void unauthorizedAndTooLargeAnswersCarryTheErrorShape() {
        Response anonymous = Api.anonymous().header("Accept-Language", "en").get("/api/conferences");
        assertEquals(401, anonymous.statusCode());
        assertNotNull(anonymous.header("WWW-Authenticate"), "the Basic challenge stays: " + anonymous.headers() + anonymous.asString());
        assertEquals(401, anonymous.jsonPath().getInt("status"), anonymous.asString());
        assertEquals("Not signed in", anonymous.jsonPath().getString("title"));

        Response wrong = RestAssured.given().auth().preemptive().basic("khong-co-ai-401", "sai-mat-khau")
                .get("/api/conferences");
        assertEquals(401, wrong.statusCode());
        assertEquals(401, wrong.jsonPath().getInt("status"), wrong.asString());

        // Announced as 13 MB, over quarkus.http.limits.max-body-size: the answer comes before the body is sent.
        String api = announceHugeBody("/api/conferences", "Authorization: Basic "
                + Base64.getEncoder().encodeToString("bochqs:demo-bochqs".getBytes(StandardCharsets.UTF_8)));
        assertTrue(api.startsWith("HTTP/1.1 413") && api.contains("\"status\":413")
                && api.contains("Request too large"), api);
        Map<String, String> session = Api.sessionCookies(Api.ORGANIZER);
        String page = announceHugeBody("/conferences", "Cookie: tongket-session=" + session.get("tongket-session")
                + "; tongket-session-start=" + session.get("tongket-session-start"));
        assertTrue(page.startsWith("HTTP/1.1 413") && page.contains("text/html") && page.contains("alert-error"), page);
    }

    /** Sends only the head of a request whose body would be 13 MB; the raw answer. */
    private String announceHugeBody(String path, String credentials) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n" + credentials
                + "\r\nContent-Type: application/json\r\nContent-Length: " + 13 * 1024 * 1024
                + "\r\nConnection: close\r\n\r\n";
        return RawHttp.exchange(base, null, head, Duration.ofMinutes(1));
    }

    @Test
    void decomposedVietnameseIsStoredComposed() {
        long conference = ids.computeIfAbsent("c", k -> Api.createConference("Hội nghị NFD", false));
        long delegate = Api.as(Api.ORGANIZER).body("{\"fullName\": \"" + NFD_NAME + "\", \"category\": \"GUEST\"}")
                .post("/api/conferences/" + conference + "/delegates").then().statusCode(201).extract().jsonPath().getLong("id");
        String stored = Api.as(Api.ORGANIZER).get("/api/conferences/" + conference + "/delegates/" + delegate).then()
                .statusCode(200).extract().jsonPath().getString("fullName");
        assertTrue(stored.equals("Nguyễn Thị Hường") && Normalizer.isNormalized(stored, Normalizer.Form.NFC), stored);
    }

    /** What is wrong with a response, or null. */
    private static String problem(Response r) {
        String body = r.asString();
        if (r.statusCode() >= 500) {
            return "server error " + body.substring(0, Math.min(300, body.length()));
        }
        if (r.statusCode() == 401 || r.statusCode() == 403) {
            return "refused a role the operation allows";
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("\"stack\"")) {
            return "internals leaked: " + body.substring(0, Math.min(300, body.length()));
        }
        if (!Normalizer.isNormalized(body, Normalizer.Form.NFC)) {
            return "text not in NFC";
        }
        return null;
    }

    /** What is wrong with an answer that must be a 400 in the JSON error shape, or null. */
    private static String refusal(Response r) {
        String body = r.asString();
        if (r.statusCode() != 400 || !body.contains("\"status\":400") || !body.contains("\"violations\"")) {
            return "not a 400 in the error shape: " + body.substring(0, Math.min(300, body.length()));
        }
        return problem(r);
    }

    private Map<String, String> variants(OpenApi api, JsonNode schema, JsonNode valid) {
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("malformed", "{\"title\": ");
        variants.put("not an object", "[1, 2]");
        variants.put("a bare string", "\"chuỗi\"");
        variants.put("null", "null");
        variants.put("empty object", "{}");
        variants.put("valid", valid.toString());
        if (valid instanceof ObjectNode object) {
            fieldVariants(api, api.resolve(schema), object, object, "", variants);
        }
        return variants;
    }

    /** For each field (nested objects too): missing, wrong type, and for text fields 1 MB, control characters, NFD. */
    private void fieldVariants(OpenApi api, JsonNode schema, ObjectNode root, ObjectNode node, String prefix,
                               Map<String, String> variants) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode original = node.get(name);
            String field = prefix + name;
            JsonNode fieldSchema = api.resolve(schema.path("properties").path(name));
            node.remove(name);
            variants.put(field + " missing", root.toString());
            node.set(name, original.isTextual() ? JsonNodeFactory.instance.objectNode().put("x", 1)
                    : JsonNodeFactory.instance.textNode("không phải " + name));
            variants.put(field + " wrong type", root.toString());
            if (original.isTextual()) {
                for (Map.Entry<String, String> text : Map.of("1 MB", MEGABYTE, "control characters", CONTROLS,
                        "NFD", NFD_NAME).entrySet()) {
                    node.put(name, text.getValue());
                    variants.put(field + " " + text.getKey(), root.toString());
                }
            }
            String format = fieldSchema.path("format").asText("");
            if (format.equals("date-time") || format.equals("date")) {
                node.put(name, format.equals("date") ? "+10000-12-08" : "+10000-12-08T08:00");
                variants.put(field + " " + MUST_BE_400 + " year 10000", root.toString());
            }
            if (original.isArray()) {
                node.set(name, JsonNodeFactory.instance.arrayNode().addNull());
                variants.put(field + " " + MUST_BE_400 + " null element", root.toString());
            }
            node.set(name, original);
            if (original instanceof ObjectNode child) {
                fieldVariants(api, fieldSchema, root, child, field + ".", variants);
            }
        }
    }

    private static String userFor(OpenApi.Operation op) {
        if (op.roles() == null || op.roles().isEmpty() || op.roles().contains("ADMIN")) {
            return Api.ADMIN;
        }
        if (op.roles().contains("ORGANIZER")) {
            return Api.ORGANIZER;
        }
        return op.roles().contains("REVIEWER") ? Api.REVIEWER : Api.APPROVER;
    }

    /** Real ids for the path's parameters, by the collection they follow ("/conferences/{id}"); unknown ones 999999. */
    private String path(String template) {
        StringBuilder path = new StringBuilder();
        String previous = "";
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            path.append('/');
            if (segment.startsWith("{")) {
                path.append(ids.getOrDefault(previous, 999_999L));
            } else {
                path.append(segment);
                previous = segment;
            }
        }
        return path.toString();
    }

    private void arrangeIds() {
        long conference = Api.createConference("Hội nghị thử dữ liệu xấu", true);
        ids.put("conferences", conference);
        ids.put("c", conference);
        ids.put("agenda", Api.as(Api.ORGANIZER).get("/api/conferences/" + conference + "/agenda").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id"));
        ids.put("delegates", Api.addDelegate(conference, "Đại biểu thử", "dulieuxau@example.vn", "GUEST", 1));
        ids.put("users", Api.as(Api.ADMIN).body("""
                {"username": "du-lieu-xau-%s", "fullName": "Người thử", "password": "mat-khau-thu-nghiem", "roles": ["REVIEWER"]}
                """.formatted(Long.toString(System.nanoTime(), 36))).post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id"));
    }
}
