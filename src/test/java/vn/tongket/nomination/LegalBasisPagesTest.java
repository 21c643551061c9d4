package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator's legal texts page and the rates page's sources, as the pages show them. */
@QuarkusTest
class LegalBasisPagesTest {

    @Test
    void theListShowsEachTextWithItsPeriodAndWhetherItsSourceWasConfirmed() {
        String page = PageForms.as(Api.ADMIN).get("/admin/legal-bases").then().statusCode(200).extract().asString();
        assertTrue(page.contains("06/2022/QH15") && page.contains("01/01/2024 – nay"), page);
        assertTrue(page.contains("chưa xác nhận"), "unconfirmed texts are marked: " + page);
        assertTrue(page.contains("Đã xác nhận"), page);
    }

    @Test
    void addingThroughTheFormRedirectsAndAMissingTitleIsShownBesideTheField() {
        Map<String, String> fields = new HashMap<>(Map.of("title", "Thông tư thử nghiệm trang", "number", "77/2031/TT-BNV",
                "issuedOn", "2031-01-05", "effectiveFrom", "2031-02-20", "source", "chưa xác nhận",
                "sortOrder", "50"));
        Response added = PageForms.as(Api.ADMIN).post("/admin/legal-bases", "/admin/legal-bases", fields);
        assertEquals(303, added.statusCode());
        assertTrue(added.header("Location").contains("saved="), added.header("Location"));

        fields.put("title", "");
        fields.put("number", "78/2031/TT-BNV");
        Response refused = PageForms.as(Api.ADMIN).post("/admin/legal-bases", "/admin/legal-bases", fields);
        assertEquals(400, refused.statusCode());
        String html = refused.asString();
        assertTrue(html.contains("aria-invalid=\"true\"") && html.contains("78/2031/TT-BNV"), "kept as typed: " + html);

        fields.put("title", "Thông tư thử nghiệm trang");
        fields.put("effectiveUntil", "2031-02-01");
        Response badDates = PageForms.as(Api.ADMIN).post("/admin/legal-bases", "/admin/legal-bases", fields);
        assertEquals(400, badDates.statusCode());
        assertTrue(badDates.asString().contains("Ngày hết hiệu lực không được trước ngày có hiệu lực."));
    }

    @Test
    void onlyAnAdministratorOpensThePage() {
        for (String user : List.of(Api.ORGANIZER, Api.REVIEWER, Api.APPROVER)) {
            assertEquals(403, PageForms.as(user).get("/admin/legal-bases").statusCode(), user);
        }
    }

    @Test
    void eachRateShowsItsLegalSourceAndTheUnconfirmedOnesSaySo() {
        String page = PageForms.as(Api.ADMIN).get("/admin/prize-rates").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Nghị định 24/2023/NĐ-CP") && page.contains("Nghị định 73/2024/NĐ-CP"), page);
        assertTrue(page.contains("Nghị định 98/2023/NĐ-CP, Điều 73"), page);
        long unconfirmed = page.split("badge unconfirmed", -1).length - 1;
        assertTrue(unconfirmed >= 3, "the coefficients and the 2026 salary are not confirmed: " + unconfirmed);

        List<Map<String, Object>> rates = Api.as(Api.REVIEWER).get("/api/prize-rates").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> salary2024 = rates.stream().filter(r -> "BASE_SALARY".equals(r.get("name"))
                && "2024-07-01".equals(r.get("effectiveFrom"))).findFirst().orElseThrow();
        assertEquals(true, salary2024.get("confirmed"));
        assertTrue(((String) salary2024.get("source")).startsWith("Nghị định 73/2024/NĐ-CP"));
    }
}
