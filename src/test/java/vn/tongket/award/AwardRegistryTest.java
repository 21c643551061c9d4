package vn.tongket.award;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The registry of awards: filled by the decision, kept when its conference goes, completed from XLSX. */
@QuarkusTest
class AwardRegistryTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManager em;

    @Test
    void decisionFillsTheRegistryWhichOutlivesItsConference() {
        long conf = Dossiers.conference("Hội nghị sổ khen thưởng");
        long unit = Dossiers.approved(conf, "COLLECTIVE", "Ban CHQS xã Sổ Vàng", "Xã Sổ Vàng");
        long person = Dossiers.approved(conf, "INDIVIDUAL", "Lục Văn Sổ Vàng", "Xã Sổ Vàng");
        Dossiers.decide(conf, "201/QĐ-UBND", unit, person);

        JsonPath found = Api.as(Api.REVIEWER).get("/api/awards?q=sổ vàng").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Ban CHQS xã Sổ Vàng", "Lục Văn Sổ Vàng"), found.getList("recipientName", String.class));
        Map<String, Object> first = found.getMap("[0]");
        assertEquals(true, first.get("collective"));
        assertEquals("Bằng khen của Chủ tịch UBND tỉnh", first.get("awardForm"));
        assertEquals("201/QĐ-UBND", first.get("decisionNumber"));
        assertEquals("2026-12-20", first.get("decisionDate"));
        assertEquals(2026, first.get("year"));
        assertEquals("Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2026", first.get("achievement"));
        assertNotNull(first.get("registerNumber"));
        assertEquals((int) conf, ((Number) first.get("sourceConferenceId")).intValue());
        List<Integer> registers = found.getList("registerNumber", Integer.class);
        assertEquals(registers.get(0) + 1, registers.get(1), "numbered in presentation order");

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM conference WHERE id = ?1")
                .setParameter(1, conf).executeUpdate());
        JsonPath after = Api.as(Api.REVIEWER).get("/api/awards?q=sổ vàng").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Ban CHQS xã Sổ Vàng", "Lục Văn Sổ Vàng"), after.getList("recipientName", String.class));
        assertNull(after.getMap("[0]").get("sourceConferenceId"));
    }

    @Test
    void earlierYearsImportFromXlsx() throws Exception {
        byte[] sheet = sheet(new Object[][]{
                {1, "Hà Văn Nhập Sổ", null, "Xã Nhập Sổ", "Bằng khen của Chủ tịch UBND tỉnh", "12/QĐ-UBND",
                        "15/01/2024", 2023, "Hoàn thành xuất sắc nhiệm vụ năm 2023", 41},
                {2, "Ban CHQS xã Nhập Sổ", "x", "Xã Nhập Sổ", "Bằng khen của Chủ tịch UBND tỉnh", "12/QĐ-UBND",
                        "2024-01-15", 2023, null, null}});
        Api.as(Api.ORGANIZER).contentType(XLSX).body(sheet).post("/api/awards/import").then().statusCode(201)
                .body("recipientName", hasItems("Hà Văn Nhập Sổ", "Ban CHQS xã Nhập Sổ"));
        JsonPath found = Api.as(Api.APPROVER).get("/api/awards?q=nhập sổ&year=2023").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, found.getList("id").size());
        assertEquals(List.of(41), found.getList("registerNumber").stream().filter(r -> r != null).toList());
        assertEquals(List.of("2024-01-15", "2024-01-15"), found.getList("decisionDate", String.class));
        Api.as(Api.REVIEWER).contentType(XLSX).body(sheet).post("/api/awards/import").then().statusCode(403);
    }

    @Test
    void wrongRowsAreNamedAndNothingIsStored() throws Exception {
        byte[] sheet = sheet(new Object[][]{
                {1, "Đúng Văn Không Lưu", null, "Xã Lỗi", "Bằng khen của Chủ tịch UBND tỉnh", "13/QĐ-UBND",
                        "15/01/2024", 2023, null, 7},
                {2, null, null, "Xã Lỗi", "Bằng khen của Chủ tịch UBND tỉnh", "13/QĐ-UBND", "31/02/2024", 1800,
                        null, 7}});
        Api.as(Api.ORGANIZER).contentType(XLSX).body(sheet).post("/api/awards/import").then().statusCode(400)
                .body("violations.field", hasItems("row 4, column B", "row 4, column G", "row 4, column H"))
                .body("detail", containsString("Dòng 4, cột G (Ngày quyết định): phải là ngày dạng dd/mm/yyyy."));
        Api.as(Api.ORGANIZER).get("/api/awards?q=Đúng Văn Không Lưu").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    static byte[] sheet(Object[][] rows) throws Exception {
        return Dossiers.awardSheet(rows);
    }
}
