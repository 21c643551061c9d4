package vn.tongket.target;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The year's targets and the units' results (issue 20) on the real database, XLSX both ways. */
@QuarkusTest
class TargetApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static void result(long conf, long target, String unit, String value) {
        Api.as(Api.ORGANIZER).body("{\"targetId\": %d, \"organization\": \"%s\", \"value\": %s}"
                .formatted(target, unit, value)).put("/api/conferences/" + conf + "/targets/results")
                .then().statusCode(200);
    }

    @Test
    void thePlansTargetsAreSeededOnceAndTheUnitsThatMetEveryTargetAreListed() {
        long conf = Api.createConference("Hội nghị chỉ tiêu kế hoạch", false);
        JsonPath seeded = Api.as(Api.ORGANIZER).post("/api/conferences/" + conf + "/targets/seed").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(4, seeded.getList("targets").size());
        assertEquals("Lực lượng dân quân so với dân số", seeded.getString("targets[0].name"));
        assertEquals(0.82f, seeded.getFloat("targets[0].targetValue"));
        Api.as(Api.ORGANIZER).post("/api/conferences/" + conf + "/targets/seed").then().statusCode(200)
                .body("targets.size()", equalTo(4));
        List<Long> ids = seeded.getList("targets.id", Long.class);

        String[] all = {"0.9", "100", "90", "100"};
        for (int i = 0; i < 4; i++) {
            result(conf, ids.get(i), "Xã Đạt Hết", all[i]);
            result(conf, ids.get(i), "Xã Thiếu Một", i == 2 ? "87.5" : all[i]);
        }
        result(conf, ids.get(0), "Xã Chưa Đủ Số Liệu", "1");

        Api.as(Api.REVIEWER).get("/api/conferences/" + conf + "/targets/met").then().statusCode(200)
                .body("organization", equalTo(List.of("Xã Đạt Hết")));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/targets").then()
                .body("units.find { it.organization == 'Xã Thiếu Một' }.met", equalTo(List.of(true, true, false, true)));
        Api.page(Api.ORGANIZER).get("/conferences/" + conf + "/targets/met").then().statusCode(200)
                .body(containsString("Xã Đạt Hết"));
    }

    @Test
    void aReviewerCannotChangeTargets() {
        long conf = Api.createConference("Hội nghị quyền chỉ tiêu", false);
        Api.as(Api.REVIEWER).post("/api/conferences/" + conf + "/targets/seed").then().statusCode(403);
        Api.as(Api.ORGANIZER).body("{\"name\": \"\", \"unit\": \"%\", \"targetValue\": -1}")
                .post("/api/conferences/" + conf + "/targets").then().statusCode(400);
    }

    @Test
    void theTableGoesToXlsxAndComesBack() throws IOException {
        long from = Api.createConference("Hội nghị xuất chỉ tiêu", false);
        List<Long> ids = Api.as(Api.ORGANIZER).post("/api/conferences/" + from + "/targets/seed").then()
                .extract().jsonPath().getList("targets.id", Long.class);
        result(from, ids.get(0), "Xã Hồng Thái", "1.234");
        result(from, ids.get(2), "Xã Hồng Thái", "88");
        byte[] xlsx = Api.as(Api.ORGANIZER).accept(XLSX).get("/api/conferences/" + from + "/targets/table.xlsx")
                .then().statusCode(200).extract().asByteArray();

        long to = Api.createConference("Hội nghị nhập chỉ tiêu", false);
        JsonPath imported = Api.as(Api.ORGANIZER).contentType(XLSX).body(xlsx)
                .post("/api/conferences/" + to + "/targets/table.xlsx").then().statusCode(200).extract().jsonPath();
        assertEquals(4, imported.getList("targets").size());
        assertEquals("Xã Hồng Thái", imported.getString("units[0].organization"));
        assertEquals(1.234f, imported.getFloat("units[0].results[0]"), "a decimal is not read as thousands");
        assertEquals(88f, imported.getFloat("units[0].results[2]"));
    }

    @Test
    void aWrongCellRefusesTheWholeImportNamingIt() throws IOException {
        long conf = Api.createConference("Hội nghị nhập sai chỉ tiêu", false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Chỉ tiêu");
        ws.value(0, 0, "Đơn vị");
        ws.value(0, 1, "Diễn tập khu vực phòng thủ");
        ws.value(1, 0, "Đơn vị tính");
        ws.value(1, 1, "cuộc");
        ws.value(2, 0, "Chỉ tiêu");
        ws.value(2, 1, 2);
        ws.value(3, 0, "Xã Tốt");
        ws.value(3, 1, 2);
        ws.value(4, 0, "Xã Sai");
        ws.value(4, 1, "hai");
        wb.finish();
        Api.as(Api.ORGANIZER).contentType(XLSX).body(out.toByteArray())
                .post("/api/conferences/" + conf + "/targets/table.xlsx").then().statusCode(400)
                .body("detail", equalTo("Dòng 5, cột B: \"hai\" không phải là một số."));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/targets").then().body("targets.size()", equalTo(0));
    }

    @Test
    void aCollectivesNominationShowsItsUnitsResultsAndTheOutlineTheTable() {
        long conf = Api.createConference("Hội nghị kết quả trên đề nghị", false);
        List<Long> ids = Api.as(Api.ORGANIZER).post("/api/conferences/" + conf + "/targets/seed").then()
                .extract().jsonPath().getList("targets.id", Long.class);
        result(conf, ids.get(0), "Xã Kết Quả", "0.9");
        long n = Api.as(Api.ORGANIZER).body("""
                {"kind": "COLLECTIVE", "nomineeName": "Ban CHQS xã Kết Quả", "organization": "Xã Kết Quả",
                 "grassroots": true, "achievements": "Hoàn thành xuất sắc nhiệm vụ năm 2023"}
                """).post("/api/conferences/" + conf + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String page = Api.page(Api.ORGANIZER).get("/conferences/" + conf + "/nominations/" + n).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"target-results\""), page);
        assertTrue(page.contains("0,9 %"), "the unit's result, written the Vietnamese way");
        assertTrue(page.contains("0,82 %"), "against the target");
        Api.page(Api.ORGANIZER).get("/conferences/" + conf + "/outline").then().statusCode(200)
                .body(containsString("id=\"outline-targets\"")).body(containsString("Xã Kết Quả"));
    }
}
