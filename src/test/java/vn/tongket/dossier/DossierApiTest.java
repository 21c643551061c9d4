package vn.tongket.dossier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.tongket.award.Dossiers;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dossier checklist and each document's PDF, on the real database. */
@QuarkusTest
class DossierApiTest {

    private static final List<String> OURS = List.of("proposal", "achievement-reports", "appraisal", "decision",
            "prize-receipts", "certificates");

    @Test
    void checklistSaysInWordsWhatEachDocumentLacks() {
        long conf = Dossiers.conference("Hội nghị hồ sơ còn thiếu");
        JsonPath list = Api.as(Api.REVIEWER).get("/api/conferences/" + conf + "/dossier").then().statusCode(200)
                .extract().jsonPath();
        List<String> keys = list.getList("key", String.class);
        assertEquals(OURS, keys.stream().filter(OURS::contains).toList(), "in the order a dossier is assembled");
        List<Map<String, Object>> items = list.getList("$");
        Map<String, Object> proposal = items.stream().filter(i -> "proposal".equals(i.get("key"))).findFirst().orElseThrow();
        assertEquals(false, proposal.get("ready"));
        assertEquals(List.of("đề nghị khen thưởng đã gửi thẩm định",
                "số và ngày tờ trình của Bộ Chỉ huy Quân sự tỉnh (nhập ở trang Hồ sơ khen thưởng)",
                "họ tên người ký tờ trình của Bộ Chỉ huy Quân sự tỉnh"), proposal.get("missing"));
        assertTrue(items.stream().noneMatch(i -> Boolean.TRUE.equals(i.get("ready"))), items.toString());

        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/dossier/certificates.pdf").then().statusCode(409)
                .body("detail", containsString("quyết định khen thưởng đã ghi"));
        Api.as(Api.ORGANIZER).header("Accept-Language", "en").get("/api/conferences/" + conf + "/dossier/proposal.pdf")
                .then().statusCode(409).body("detail", containsString("the number and date of the Military Command's proposal"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/dossier/unknown.pdf").then().statusCode(404);
        Api.anonymous().get("/api/conferences/" + conf + "/dossier").then().statusCode(401);
    }

    @Test
    void everyDocumentPrintsOnceTheDecisionIsRecorded() throws Exception {
        long conf = Dossiers.conference("Hội nghị hồ sơ đầy đủ");
        long unit = Dossiers.approved(conf, "COLLECTIVE", "Ban CHQS xã Hồ Sơ", "Xã Hồ Sơ");
        long person = Dossiers.approved(conf, "INDIVIDUAL", "Nguyễn Văn Hồ Sơ", "Xã Hồ Sơ");
        Api.as(Api.ORGANIZER).body("""
                {"proposalNumber": "125/TTr-BCH", "proposalDate": "2026-12-10",
                 "signerTitle": "KT. CHỈ HUY TRƯỞNG\\nPHÓ CHỈ HUY TRƯỞNG", "signerName": "Đại tá Trần Văn Ký"}
                """).put("/api/conferences/" + conf + "/dossier/settings").then().statusCode(200);
        Dossiers.decide(conf, "163/QĐ-UBND", unit, person);

        List<Map<String, Object>> items = Api.as(Api.APPROVER).get("/api/conferences/" + conf + "/dossier")
                .then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> item : items) {
            if (OURS.contains(item.get("key"))) {
                assertEquals(true, item.get("ready"), item.toString());
                assertEquals(List.of(), item.get("missing"));
            }
        }

        String proposal = text(conf, "proposal");
        assertTrue(proposal.contains("TỜ TRÌNH") && proposal.contains("Số: 125/TTr-BCH")
                && proposal.contains("Kèm theo Tờ trình số 125/TTr-BCH ngày 10/12/2026")
                && proposal.contains("Đại tá Trần Văn Ký") && proposal.contains("PHÓ CHỈ HUY TRƯỞNG")
                && proposal.contains("Ban CHQS xã Hồ Sơ") && proposal.contains("Nguyễn Văn Hồ Sơ")
                && proposal.contains("Luật Thi đua, khen thưởng"), proposal);

        String reports = text(conf, "achievement-reports");
        assertTrue(reports.contains("BÁO CÁO THÀNH TÍCH") && reports.contains("Mẫu số 02")
                && reports.contains("Mẫu số 03") && reports.contains("Nghị định số 98/2023/NĐ-CP")
                && reports.contains("Năm sinh: 1980") && reports.contains("CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"), reports);

        String appraisal = text(conf, "appraisal");
        assertTrue(appraisal.contains("SỞ NỘI VỤ") && appraisal.contains("Số: 88/TTr-SNV")
                && appraisal.contains("Tờ trình số 125/TTr-BCH") && appraisal.replace(" ", "").contains("10/12/2026")
                && appraisal.contains("01 tập thể và 01 cá nhân"), appraisal);
        assertTrue(appraisal.contains("UBND TỈNH BẮC GIANG") && appraisal.contains("……"), "no name yet: " + appraisal);
        // Sở Nội vụ's signer, kept with the nomination list, signs its Tờ trình too.
        Api.as(Api.REVIEWER).body("{\"signerTitle\": \"KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\", \"signerName\": \"Ngô Văn Thẩm\"}")
                .put("/api/conferences/" + conf + "/nominations/documents/list-head").then().statusCode(200);
        appraisal = text(conf, "appraisal");
        assertTrue(appraisal.contains("KT. GIÁM ĐỐC") && appraisal.contains("PHÓ GIÁM ĐỐC")
                && appraisal.contains("Ngô Văn Thẩm"), appraisal);

        assertTrue(text(conf, "decision").contains("163/QĐ-UBND"));

        JsonPath amounts = Api.as(Api.ORGANIZER).get("/api/prize-rates/amounts?on=2026-12-20").then().statusCode(200)
                .extract().jsonPath();
        long individual = amounts.getLong("individual");
        long collective = amounts.getLong("collective");
        String receipts = text(conf, "prize-receipts");
        assertTrue(receipts.contains("BẢNG KÝ NHẬN TIỀN THƯỞNG") && receipts.contains("Ký nhận")
                && receipts.contains(dots(individual)) && receipts.contains(dots(collective))
                && receipts.contains("Tổng cộng " + dots(individual + collective)), receipts);

        byte[] certificates = pdf(conf, "certificates");
        assertEquals(2, Dossiers.pages(certificates), "one certificate per awardee");
        String certificateText = Dossiers.pdfText(certificates);
        assertTrue(certificateText.indexOf("Ban CHQS xã Hồ Sơ") < certificateText.indexOf("Ông Nguyễn Văn Hồ Sơ")
                && certificateText.contains("Số quyết định: 163/QĐ-UBND ngày 20/12/2026")
                && certificateText.contains("Số vào sổ:"), certificateText);
    }

    private static String dots(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    private static byte[] pdf(long conf, String key) throws Exception {
        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf")
                .get("/api/conferences/" + conf + "/dossier/" + key + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Dossiers.keep(pdf, "dossier-" + key + ".pdf");
        return pdf;
    }

    private static String text(long conf, String key) throws Exception {
        return Dossiers.pdfText(pdf(conf, key));
    }
}
