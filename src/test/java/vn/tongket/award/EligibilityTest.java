package vn.tongket.award;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each seeded eligibility rule warns or blocks as its data says; an administrator's rule takes effect. */
@QuarkusTest
class EligibilityTest {

    @Test
    void tooFewYearsAndInitiativesWarnsButApproves() {
        long conf = Dossiers.conference("Hội nghị điều kiện số năm");
        long id = Dossiers.create(conf, "INDIVIDUAL", "Vũ Văn Một Năm", "Xã Điều Kiện", 1, null, false);
        List<Map<String, Object>> findings = eligibility(id);
        assertEquals(List.of("EXCELLENT_YEARS", "EXCELLENT_YEARS"), findings.stream().map(f -> f.get("rule")).toList());
        assertEquals("WARN", findings.get(0).get("severity"));
        assertEquals("mới có 1 năm liên tục hoàn thành xuất sắc nhiệm vụ, cần 2", findings.get(0).get("message"));
        assertEquals("chưa nhập số sáng kiến được công nhận (cần 2)", findings.get(1).get("message"));
        assertEquals("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74 khoản 1 điểm d", findings.get(0).get("source"));
        Dossiers.submit(id);
        Dossiers.approve(id).then().statusCode(200).body("status", equalTo("APPROVED"));

        long enough = Dossiers.create(conf, "INDIVIDUAL", "Vũ Văn Đủ Năm", "Xã Điều Kiện", 3, 2, false);
        assertEquals(List.of(), eligibility(enough));
    }

    @Test
    void collectiveRuleIsMarkedUnconfirmed() {
        long conf = Dossiers.conference("Hội nghị điều kiện tập thể");
        long id = Dossiers.create(conf, "COLLECTIVE", "Ban CHQS xã Chưa Rõ", "Xã Chưa Rõ", null, null, false);
        Map<String, Object> f = eligibility(id).get(0);
        assertEquals("EXCELLENT_YEARS", f.get("rule"));
        assertTrue(f.get("source").toString().contains("chưa xác nhận"), f.toString());
    }

    @Test
    void aDisciplinedNomineeCannotBeApproved() {
        long conf = Dossiers.conference("Hội nghị kỷ luật");
        long id = Dossiers.create(conf, "INDIVIDUAL", "Kỷ Văn Luật", "Xã Kỷ Luật", 2, 2, true);
        Map<String, Object> f = eligibility(id).get(0);
        assertEquals(Map.of("rule", "DISCIPLINED", "severity", "BLOCK",
                "message", "bị kỷ luật hoặc đang xem xét kỷ luật trong thời gian tính thành tích",
                "source", "Nghị định 98/2023/NĐ-CP, Điều 4 khoản 4 (chưa xác nhận)"), f);
        Dossiers.submit(id);
        Dossiers.approve(id).then().statusCode(409).body("detail", equalTo("Không thể duyệt: bị kỷ luật hoặc đang "
                + "xem xét kỷ luật trong thời gian tính thành tích (Nghị định 98/2023/NĐ-CP, Điều 4 khoản 4 (chưa xác nhận))."));
        Api.as(Api.REVIEWER).get("/api/nominations/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aSecondAwardForTheSameAchievementIsBlocked() throws Exception {
        byte[] sheet = AwardRegistryTest.sheet(new Object[][]{
                {1, "Mạc Văn Hai Lần", null, "Xã Hai Lần", "Bằng khen của Chủ tịch UBND tỉnh", "5/QĐ-UBND",
                        "10/12/2026", 2026, "Thành tích năm 2026", null}});
        Api.as(Api.ORGANIZER).contentType(AwardRegistryTest.XLSX).body(sheet).post("/api/awards/import")
                .then().statusCode(201);
        long conf = Dossiers.conference("Hội nghị khen hai lần");
        long id = Dossiers.create(conf, "INDIVIDUAL", "Mạc Văn Hai Lần", "Xã Hai Lần", 2, 2, false);
        Map<String, Object> f = eligibility(id).get(0);
        assertEquals("SAME_ACHIEVEMENT", f.get("rule"));
        assertEquals("BLOCK", f.get("severity"));
        assertEquals("đã được tặng Bằng khen của Chủ tịch UBND tỉnh cho thành tích năm 2026 (Quyết định 5/QĐ-UBND)",
                f.get("message"));
        Dossiers.submit(id);
        Dossiers.approve(id).then().statusCode(409).body("detail", containsString("Điều 5 khoản 2 điểm c"));

        long other = Dossiers.conference("Hội nghị người khác");
        long fresh = Dossiers.create(other, "INDIVIDUAL", "Mạc Văn Hai Lần Khác", "Xã Hai Lần", 2, 2, false);
        assertEquals(List.of(), eligibility(fresh));
    }

    @Test
    void anAdministratorsRuleTakesEffectFromItsDate() {
        String rule = """
                {"code": "EXCELLENT_YEARS", "kind": "INDIVIDUAL", "minExcellentYears": 5, "effectiveFrom": "2026-12-01",
                 "effectiveUntil": "2026-12-31", "source": "Quy chế thi đua của tỉnh (thử)", "severity": "BLOCK",
                 "confirmed": false}
                """;
        Api.as(Api.ORGANIZER).body(rule).post("/api/eligibility-rules").then().statusCode(403);
        long ruleId = Api.as(Api.ADMIN).body(rule).post("/api/eligibility-rules").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        try {
            Api.as(Api.ADMIN).body(rule).post("/api/eligibility-rules").then().statusCode(409);
            long conf = Dossiers.conference("Hội nghị quy tắc của tỉnh");
            long id = Dossiers.create(conf, "INDIVIDUAL", "Tạ Văn Ba Năm", "Xã Quy Tắc", 3, 2, false);
            Map<String, Object> f = eligibility(id).get(0);
            assertEquals("BLOCK", f.get("severity"));
            assertEquals("Quy chế thi đua của tỉnh (thử) (chưa xác nhận)", f.get("source"));
            Dossiers.submit(id);
            Dossiers.approve(id).then().statusCode(409).body("detail", containsString("cần 5"));
        } finally {
            Api.as(Api.ADMIN).body(rule.replace("\"2026-12-31\"", "\"2026-12-01\"").replace("\"minExcellentYears\": 5",
                    "\"minExcellentYears\": 0")).put("/api/eligibility-rules/" + ruleId).then().statusCode(200);
        }
        Api.as(Api.ADMIN).body(rule.replace("\"2026-12-31\"", "\"2026-11-01\"")).put("/api/eligibility-rules/" + ruleId)
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("effectiveUntil"));
    }

    private static List<Map<String, Object>> eligibility(long id) {
        JsonPath view = Api.as(Api.REVIEWER).get("/api/nominations/" + id).then().statusCode(200).extract().jsonPath();
        return view.getList("eligibility");
    }
}
