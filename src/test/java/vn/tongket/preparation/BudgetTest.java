package vn.tongket.preparation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class BudgetTest {

    private static long approvedNomination(long conferenceId, String kind, String name) {
        long id = Api.as(Api.ORGANIZER).body("""
                {"kind": "%s", "nomineeName": "%s", "position": "Chỉ huy trưởng Ban CHQS xã",
                 "organization": "Xã Tân Mỹ", "grassroots": true,
                 "achievements": "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2023"}
                """.formatted(kind, name))
                .post("/api/conferences/" + conferenceId + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Councils.carry(id);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/submit").then().statusCode(200);
        Api.as(Api.REVIEWER).body("{\"decision\": \"APPROVE\"}").post("/api/nominations/" + id + "/review")
                .then().statusCode(200);
        return id;
    }

    /** The PDF's text with line breaks as spaces: a sentence reads whole wherever the page wrapped it. */
    private static String flat(byte[] pdf) {
        return Pdfs.text(pdf).replaceAll("\\s+", " ");
    }

    private static void line(long conferenceId, String category, String description, int quantity, long unitPrice) {
        Api.as(Api.ORGANIZER).body("""
                {"category": "%s", "description": "%s", "quantity": %d, "unit": "suất", "unitPrice": %d}
                """.formatted(category, description, quantity, unitPrice))
                .post("/api/conferences/" + conferenceId + "/budget/lines").then().statusCode(201);
    }

    @Test
    void theConferenceCostAndThePrizeMoneyOfDecidedNominationsAreTotalledApart() throws Exception {
        long c = Api.createConference("Dự toán kinh phí", false);
        line(c, "HALL", "Thuê hội trường, âm thanh", 1, 5_000_000);
        line(c, "PRINTING", "In tài liệu hội nghị", 200, 15_000);
        line(c, "REFRESHMENTS", "Nước uống", 150, 20_000);
        long collective = approvedNomination(c, "COLLECTIVE", "Ban CHQS xã Tân Mỹ");
        long first = approvedNomination(c, "INDIVIDUAL", "Nguyễn Văn An");
        long second = approvedNomination(c, "INDIVIDUAL", "Trần Thị Bình");
        approvedNomination(c, "INDIVIDUAL", "Lê Văn Chưa Quyết Định");
        Api.as(Api.APPROVER).body("""
                {"number": "163/QĐ-UBND", "signedOn": "2023-12-01", "nominationIds": [%d, %d, %d]}
                """.formatted(collective, first, second))
                .post("/api/conferences/" + c + "/decisions").then().statusCode(201);

        // 5,000,000 + 200 x 15,000 + 150 x 20,000 = 11,000,000; prize money on 01/12/2023: base 1,800,000 x 1.0 for
        // an individual, twice that for a collective: 3,600,000 + 2 x 1,800,000 = 7,200,000 (the undecided one: none).
        Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/budget").then().statusCode(200)
                .body("lines", hasSize(3))
                .body("lines.find { it.category == 'PRINTING' }.amount", equalTo(3_000_000))
                .body("costTotal", equalTo(11_000_000))
                .body("prizes", hasSize(2))
                .body("prizes.find { it.kind == 'COLLECTIVE' }.count", equalTo(1))
                .body("prizes.find { it.kind == 'COLLECTIVE' }.unitAmount", equalTo(3_600_000))
                .body("prizes.find { it.kind == 'INDIVIDUAL' }.count", equalTo(2))
                .body("prizes.find { it.kind == 'INDIVIDUAL' }.amount", equalTo(3_600_000))
                .body("prizeTotal", equalTo(7_200_000))
                .body("total", nullValue());

        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf").get("/api/conferences/" + c + "/budget/estimate.pdf")
                .then().statusCode(200).extract().asByteArray();
        String text = Pdfs.text(pdf);
        assertTrue(text.contains("DỰ TOÁN KINH PHÍ"), text);
        assertTrue(text.contains("Đơn vị tính: đồng"), "the unit is stated once: " + text);
        assertTrue(text.contains("3.000.000"), text);
        assertTrue(text.contains("1.800.000"), text);
        assertTrue(text.contains("Cộng tiền thưởng 7.200.000"), text);
        assertTrue(text.contains("Tổng cộng kinh phí tổ chức hội nghị 11.000.000"), text);
        assertTrue(text.contains("Bằng chữ: Mười một triệu đồng"), text);
        assertTrue(text.contains("Bằng chữ: Bảy triệu hai trăm nghìn đồng"), text);
        assertTrue(text.contains("chi từ Quỹ thi đua, khen thưởng"), text);
        assertTrue(!text.contains("18.200.000"), "the prize money is never added to the conference's cost: " + text);
        Api.page(Api.ORGANIZER).get("/conferences/" + c + "/budget").then().statusCode(200)
                .body(containsString("11.000.000 đồng"), containsString("Mười một triệu đồng"),
                        not(containsString("18.200.000")));
    }

    @Test
    void theEstimateIsTheFinanceDepartmentsWithItsHeadBasisAndSigner() throws Exception {
        long c = Api.createConference("Dự toán Sở Tài chính", false);
        line(c, "HALL", "Thuê hội trường", 1, 1_800_000);
        String draft = flat(Api.as(Api.FINANCE).accept("application/pdf").get("/api/conferences/" + c + "/budget/estimate.pdf").then()
                .statusCode(200).extract().asByteArray());
        for (String expected : List.of("UBND TỈNH BẮC GIANG", "SỞ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "DỰ TOÁN KINH PHÍ", "Căn cứ Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài chính quy định chế độ "
                        + "công tác phí, chế độ chi hội nghị;", "Bằng chữ: Một triệu tám trăm nghìn đồng./.", "GIÁM ĐỐC")) {
            assertTrue(draft.contains(expected), expected + " in " + draft);
        }
        assertEquals(1, draft.split("Đơn vị tính: đồng", -1).length - 1, "the unit is stated once: " + draft);
        assertTrue(!draft.contains("Cộng tiền thưởng"), "no decided prize money, no prize part: " + draft);

        Api.as(Api.FINANCE).body("""
                {"number": "125/STC-QLNS", "issuedOn": "2023-11-20", "signerTitle": "KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC",
                 "signerName": "Lương Thị Hạnh", "basis": "Căn cứ Kế hoạch số 301/KH-UBND ngày 02/11/2023 của UBND tỉnh;"}""")
                .put("/api/conferences/" + c + "/budget/head").then().statusCode(200)
                .body("signerName", equalTo("Lương Thị Hạnh"));
        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf").get("/api/conferences/" + c + "/budget/estimate.pdf").then()
                .statusCode(200).extract().asByteArray();
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/du-toan-kinh-phi.pdf"), pdf);
        String signed = flat(pdf);
        for (String expected : List.of("Số: 125/STC-QLNS", "Bắc Giang, ngày 20 tháng 11 năm 2023", "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC", "Lương Thị Hạnh", "Căn cứ Kế hoạch số 301/KH-UBND ngày 02/11/2023 của UBND tỉnh;")) {
            assertTrue(signed.contains(expected), expected + " in " + signed);
        }
        assertTrue(!signed.contains("40/2017"), "the saved basis replaces the default: " + signed);
        Api.as(Api.REVIEWER).body("{}").put("/api/conferences/" + c + "/budget/head").then().statusCode(403);
        Api.as(Api.FINANCE).body("{\"issuedOn\": \"not a date\"}").put("/api/conferences/" + c + "/budget/head")
                .then().statusCode(400);
    }

    @Test
    void linesAreEditedAndRemovedAndBadAmountsRefused() {
        long c = Api.createConference("Dự toán sửa dòng", false);
        line(c, "OTHER", "Hoa trang trí", 2, 500_000);
        long id = Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/budget").then().extract().jsonPath().getLong("lines[0].id");
        Api.as(Api.ORGANIZER).body("""
                {"category": "OTHER", "description": "Hoa trang trí", "quantity": 3, "unitPrice": 450000}""")
                .put("/api/conferences/" + c + "/budget/lines/" + id).then().statusCode(200)
                .body("costTotal", equalTo(1_350_000));
        Api.as(Api.ORGANIZER).body("""
                {"category": "OTHER", "description": "Âm", "quantity": -1, "unitPrice": 1000}""")
                .post("/api/conferences/" + c + "/budget/lines").then().statusCode(400);
        Api.as(Api.ORGANIZER).body("""
                {"category": "CATERING", "description": "x", "quantity": 1, "unitPrice": 1000}""")
                .post("/api/conferences/" + c + "/budget/lines").then().statusCode(400);
        Api.as(Api.REVIEWER).delete("/api/conferences/" + c + "/budget/lines/" + id).then().statusCode(403);
        Api.as(Api.ORGANIZER).delete("/api/conferences/" + c + "/budget/lines/" + id).then().statusCode(200)
                .body("lines", hasSize(0)).body("costTotal", equalTo(0));
    }
}
