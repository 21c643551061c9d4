package vn.tongket.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.OpenApi;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated from the OpenAPI document: every JSON endpoint, present and future, gets malformed JSON, wrong types,
 * missing fields, 1 MB strings, control characters and decomposed (NFD) Vietnamese, field by field. The answer is
 * never a 5xx nor a stack trace, and any text that comes back is in NFC.
 */
@QuarkusTest
class HostileInputTest {

    static final String NFD_NAME = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
    static final String MEGABYTE = "Ạ".repeat(1 << 19);
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
                String problem = problem(r);
                if (problem != null) {
                    failures.add(op + " [" + variant.getKey() + "] -> " + r.statusCode() + ": " + problem);
                }
            }
        }
        assertTrue(requests > 50, "hostile requests sent: " + requests);
        assertTrue(failures.isEmpty(), requests + " requests, failures:\n" + String.join("\n", failures));
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
                {"username": "du-lieu-xau", "fullName": "Người thử", "password": "mat-khau-thu-nghiem", "roles": ["REVIEWER"]}
                """).post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id"));
    }
}
