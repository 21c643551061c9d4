package vn.tongket.award;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The facts the rules read enter through the page form and the XLSX import as through the API. */
@QuarkusTest
class NominationFactsTest {

    @Test
    void theFormKeepsYearsInitiativesAndDiscipline() {
        long conf = Dossiers.conference("Hội nghị dữ kiện biểu mẫu");
        String board = "/conferences/" + conf + "/nominations";
        Map<String, String> form = new HashMap<>(Map.of("kind", "INDIVIDUAL", "nomineeName", "Phùng Văn Dữ Kiện",
                "position", "Xã đội trưởng", "organization", "Xã Dữ Kiện",
                "achievements", "Hoàn thành xuất sắc nhiệm vụ", "excellentYears", "3", "initiatives", "2",
                "disciplined", "true"));
        Response created = PageForms.as(Api.ORGANIZER).post(board, board, form);
        assertEquals(303, created.statusCode(), created.asString());
        Api.as(Api.REVIEWER).get("/api/conferences/" + conf + "/nominations").then().statusCode(200)
                .body("[0].excellentYears", equalTo(3)).body("[0].initiatives", equalTo(2))
                .body("[0].disciplined", equalTo(true)).body("[0].eligibility[0].rule", equalTo("DISCIPLINED"));
    }

    @Test
    void theImportReadsTheFactsColumnsAndNamesAWrongCount() throws Exception {
        long conf = Dossiers.conference("Hội nghị dữ kiện nhập tệp");
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Api.as(Api.ORGANIZER).contentType(xlsx).body(sheet("4", "x")).post("/api/conferences/" + conf
                        + "/nominations/import").then().statusCode(201)
                .body("[0].excellentYears", equalTo(4)).body("[0].initiatives", equalTo(2))
                .body("[0].disciplined", equalTo(true));
        Api.as(Api.ORGANIZER).contentType(xlsx).body(sheet("bốn", null)).post("/api/conferences/" + conf
                + "/nominations/import").then().statusCode(400).body("violations.field", hasItem("row 6, column K"));
    }

    /** The consolidated list's layout: header on row 4, the individuals' section, one nominee. */
    private static byte[] sheet(String years, String disciplined) throws Exception {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Danh sách");
            ws.value(3, 0, "STT");
            ws.value(4, 0, "II");
            ws.value(4, 1, "CÁ NHÂN");
            Object[] row = {1, "Lã Văn Nhập Dữ Kiện", "Xã đội trưởng", null, "Nam", 1985, "Xã Dữ Kiện", "x",
                    null, "Hoàn thành xuất sắc nhiệm vụ", years, 2, disciplined};
            for (int c = 0; c < row.length; c++) {
                if (row[c] instanceof Number n) {
                    ws.value(5, c, n);
                } else if (row[c] != null) {
                    ws.value(5, c, row[c].toString());
                }
            }
            wb.finish();
            return out.toByteArray();
        }
    }
}
