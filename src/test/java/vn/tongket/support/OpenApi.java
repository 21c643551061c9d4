package vn.tongket.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application's own OpenAPI document as a list of operations, so that generated tests cover every endpoint,
 * including those added later, without a hand-kept list.
 */
public final class OpenApi {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * One operation: method, path template, roles declared by @RolesAllowed (empty: any signed-in user; null: public),
     * the JSON body's schema, the body's media type and the names of its form fields (pages).
     */
    public record Operation(String method, String path, Set<String> roles, JsonNode jsonBodySchema, String bodyType,
                            List<String> formFields) {

        public boolean isApi() {
            return path.startsWith("/api/");
        }

        public boolean isPublic() {
            return roles == null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    private OpenApi(JsonNode document) {
        this.document = document;
    }

    public static OpenApi load() {
        String json = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        try {
            return new OpenApi(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                JsonNode content = op.path("requestBody").path("content");
                JsonNode body = content.path("application/json").get("schema");
                String bodyType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                List<String> formFields = new ArrayList<>();
                content.path("application/x-www-form-urlencoded").path("schema").path("properties").fieldNames()
                        .forEachRemaining(formFields::add);
                operations.add(new Operation(method.toUpperCase(), path.getKey(), roles(op),
                        body == null ? null : resolve(body), bodyType, formFields));
            }
        }
        return operations;
    }

    private static Set<String> roles(JsonNode op) {
        JsonNode security = op.get("security");
        if (security == null || !security.isArray() || security.isEmpty()) {
            return null;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode requirement : security) {
            requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText())));
        }
        return roles;
    }

    /** The schema with $ref followed (one level per call). */
    public JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.asText().substring("#/components/schemas/".length());
        return resolve(document.path("components").path("schemas").path(name));
    }

    /** A plausible valid value for the schema: Vietnamese text, a date-time inside the test conferences' day. */
    public JsonNode sample(JsonNode schema, String name) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asText("object");
        switch (type) {
            case "string" -> {
                String format = s.path("format").asText("");
                if (format.equals("date-time")) {
                    return NODES.textNode(name.toLowerCase().startsWith("end") ? "2023-12-08T08:30" : "2023-12-08T08:00");
                }
                if (name.toLowerCase().contains("phone")) {
                    return NODES.textNode("0204 3854 321");
                }
                if (format.equals("date")) {
                    return NODES.textNode("2023-12-05");
                }
                if (name.toLowerCase().contains("email")) {
                    return NODES.textNode("thu.nghiem." + System.nanoTime() + "@example.vn");
                }
                if (s.path("pattern").asText("").startsWith("^[a-z0-9")) {
                    return NODES.textNode("u" + Long.toString(System.nanoTime(), 36));
                }
                int min = s.path("minLength").asInt(0);
                return NODES.textNode(min > 10 ? "Thử nghiệm ".repeat(min / 10 + 1).trim() : "Thử nghiệm");
            }
            case "integer" -> {
                int min = s.path("minimum").asInt(2023);
                return NODES.numberNode(Math.max(min, Math.min(2023, s.path("maximum").asInt(2023))));
            }
            case "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(s.path("items"), name));
                return array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), p.getKey())));
                return object;
            }
        }
    }
}
