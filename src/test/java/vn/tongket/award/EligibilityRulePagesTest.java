package vn.tongket.award;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator's page for the eligibility rules: a refused rule comes back as typed, a saved one is listed. */
@QuarkusTest
class EligibilityRulePagesTest {

    private static final String PAGE = "/admin/eligibility-rules";

    @Test
    void aRuleIsAddedCorrectedAndRefusedAsTyped() {
        PageForms admin = PageForms.as(Api.ADMIN);
        Map<String, String> rule = new HashMap<>(Map.of("code", "SAME_ACHIEVEMENT", "kind", "COLLECTIVE",
                "effectiveFrom", "2099-01-01", "effectiveUntil", "2098-01-01", "source", "Quy chế của tỉnh, Điều 9",
                "severity", "BLOCK"));
        Response refused = admin.post(PAGE, PAGE, rule);
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals("Quy chế của tỉnh, Điều 9", page.select("#rule-new-source").val());
        assertTrue(page.text().contains("Ngày kết thúc phải sau ngày bắt đầu."), page.text());

        rule.put("effectiveUntil", "");
        Response saved = admin.post(PAGE, PAGE, rule);
        assertEquals(303, saved.statusCode());
        String location = saved.header("Location");
        long id = Long.parseLong(location.replaceAll(".*saved=(\\d+).*", "$1"));
        Document listed = Jsoup.parse(admin.get(PAGE + "?saved=" + id).asString());
        assertTrue(listed.select("#notice").text().contains("01/01/2099"), listed.select("#notice").text());
        assertEquals("Quy chế của tỉnh, Điều 9", listed.select("#rule-" + id + "-source").val());

        rule.put("severity", "WARN");
        rule.put("confirmed", "true");
        assertEquals(303, admin.post(PAGE, PAGE + "/" + id, rule).statusCode());
        Api.as(Api.REVIEWER).get("/api/eligibility-rules").then().statusCode(200)
                .body("find { it.id == " + id + " }.severity", equalTo("WARN"))
                .body("find { it.id == " + id + " }.confirmed", equalTo(true));

        assertEquals(403, PageForms.as(Api.ORGANIZER).get(PAGE).statusCode());
    }
}
