package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Threat: a delegate sheet of endless rows or a huge cell is read whole into memory; defence: the nomination import's limits (5000 rows, 10,000 characters a cell, the zip limits), refused 400 with nothing added. */
@QuarkusTest
class DelegateImportFloodThreatTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void oneRowPastTheCapIsRefusedAndNothingIsAdded() throws IOException {
        long conference = Api.createConference("Hội nghị danh sách đại biểu quá dài", false);
        importSheet(conference, sheet(5001, "Đại biểu số")).statusCode(400)
                .body("violations[0].field", equalTo("file"))
                .body("detail", containsString("tối đa 5000 dòng"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conference + "/delegates").then().body("size()", equalTo(0));
    }

    @Test
    void aCellLongerThanAnyColumnAllowsIsRefusedBeforeTheRestIsRead() throws IOException {
        long conference = Api.createConference("Hội nghị ô quá dài", false);
        importSheet(conference, sheet(2, "x".repeat(20_000))).statusCode(400)
                .body("violations[0].field", equalTo("file"))
                .body("detail", containsString("cột A: ô dài quá 10000 ký tự"));
    }

    private static ValidatableResponse importSheet(long conference, byte[] xlsx) {
        return Api.as(Api.ORGANIZER).contentType(XLSX).body(xlsx)
                .post("/api/conferences/" + conference + "/delegates/import").then();
    }

    /** The template's header row, then {@code rows} delegates named {@code name} and a number. */
    private static byte[] sheet(int rows, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Tong ket", "1.0");
        Worksheet ws = workbook.newWorksheet("Danh sách đại biểu");
        ws.value(0, 0, "Họ và tên");
        ws.value(0, 5, "Nhóm");
        for (int r = 1; r <= rows; r++) {
            ws.value(r, 0, name.length() > 100 ? name : name + " " + r);
            ws.value(r, 5, "Thành phần hội nghị");
        }
        workbook.finish();
        return out.toByteArray();
    }
}
