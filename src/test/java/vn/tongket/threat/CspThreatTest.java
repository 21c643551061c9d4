package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Script injected into a page: the Content-Security-Policy runs scripts only from our own files (no 'unsafe-inline'),
 * and no template needs more (no inline script, on*= handler or javascript: link); the journeys fail on any violation.
 */
@QuarkusTest
class CspThreatTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void everyAnswerAllowsScriptsFromOwnFilesOnly() {
        String csrf = RestAssured.given().get("/login").then().extract().cookie("csrf-token");
        for (var response : List.of(RestAssured.get("/login"), Api.page(Api.ORGANIZER).get("/conferences"),
                Api.as(Api.ORGANIZER).get("/api/conferences"), RestAssured.get("/rsvp/khong-co-ma-nay"),
                Api.page(Api.ORGANIZER).cookie("csrf-token", csrf).contentType("text/plain").post("/conferences"))) {
            String csp = response.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("script-src 'self';"), response.statusCode() + ": " + csp);
            assertFalse(scriptSources(csp).contains("'unsafe-inline'"), csp);
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        }
    }

    @Test
    void noTemplateHasInlineScriptHandlersOrJavascriptLinks() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher script = SCRIPT_TAG.matcher(text);
                while (script.find()) {
                    if (!script.group(1).contains("src=")) {
                        found.add(file + ": inline <script>");
                    }
                }
                if (HANDLER.matcher(text).find()) {
                    found.add(file + ": on*= handler");
                }
                if (JAVASCRIPT_URL.matcher(text).find()) {
                    found.add(file + ": javascript: link");
                }
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    private static String scriptSources(String csp) {
        for (String directive : csp.split(";")) {
            if (directive.strip().startsWith("script-src")) {
                return directive;
            }
        }
        return "";
    }
}
