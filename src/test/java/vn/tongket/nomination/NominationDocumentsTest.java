package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documents read back (PDF text with PDFBox, XLSX cells with fastexcel-reader) and the all-or-nothing import. */
@QuarkusTest
class NominationDocumentsTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void consolidatedListSplitsCollectivesAndIndividualsInPdfAndXlsx() throws Exception {
        long conf = Api.createConference("Hội nghị danh sách khen thưởng", false);
        Nominations.approved(conf, "INDIVIDUAL", "Phạm Thị Lụa", "Xã Đông Sơn");
        Nominations.approved(conf, "COLLECTIVE", "Ban CHQS xã Tân Mỹ", "Xã Tân Mỹ");
        long submitted = Nominations.create(conf, "INDIVIDUAL", "Đỗ Văn Mạnh", "Xã Tân Mỹ", false);
        Nominations.submit(submitted);
        Nominations.create(conf, "INDIVIDUAL", "Nháp Không In", "Xã Tân Mỹ", false);

        byte[] listPdf = Api.page(Api.REVIEWER).get(base(conf) + "/list.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        keep(listPdf, "danh-sach-de-nghi-khen-thuong.pdf");
        String text = pdfText(listPdf);
        assertTrue(text.contains("DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN"), text);
        int collectives = text.indexOf("I. TẬP THỂ");
        int individuals = text.indexOf("II. CÁ NHÂN");
        assertTrue(collectives > 0 && text.indexOf("Ban CHQS xã Tân Mỹ") > collectives
                && individuals > text.indexOf("Ban CHQS xã Tân Mỹ") && text.indexOf("Phạm Thị Lụa") > individuals, text);
        assertTrue(text.contains("Đỗ Văn Mạnh") && text.contains("Bộ Chỉ huy quân sự tỉnh"), text);
        assertTrue(!text.contains("Nháp Không In"), "drafts are not sent to Home Affairs");

        byte[] xlsx = Api.page(Api.ORGANIZER).get(base(conf) + "/list.xlsx").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        List<List<String>> rows = cells(xlsx);
        assertEquals("STT", rows.get(3).get(0));
        assertEquals(List.of("I", "TẬP THỂ"), rows.get(4).subList(0, 2));
        assertEquals(List.of("1", "Ban CHQS xã Tân Mỹ"), rows.get(5).subList(0, 2));
        assertEquals("Xã Tân Mỹ", rows.get(5).get(6));
        assertEquals(List.of("II", "CÁ NHÂN"), rows.get(6).subList(0, 2));
        assertEquals("Chỉ huy trưởng Ban CHQS xã", rows.get(7).get(2));
        assertEquals(9, rows.size(), rows.toString());
    }

    @Test
    void theListCarriesItsHeadTheTờTrìnhItGoesWithTheGrassrootsShareAndASignature() throws Exception {
        long conf = Api.createConference("Hội nghị danh sách có tờ trình", false);
        long unit = Nominations.approved(conf, "COLLECTIVE", "Ban CHQS xã Tân Mỹ", "Xã Tân Mỹ");
        long person = Nominations.approved(conf, "INDIVIDUAL", "Phạm Thị Lụa", "Xã Đông Sơn");
        long staff = Nominations.create(conf, "INDIVIDUAL", "Đỗ Văn Mạnh", "Bộ Chỉ huy quân sự tỉnh", false);
        Nominations.submit(staff);

        String before = listText(conf, "danh-sach-chua-co-to-trinh.pdf");
        for (String expected : List.of("UBND TỈNH BẮC GIANG", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                "Tổng số: 01 tập thể và 02 cá nhân.", "Tỷ lệ khen thưởng cơ sở: 67% (02/03 tập thể, cá nhân ở cơ sở)",
                "của Giám đốc Sở Nội vụ)", "GIÁM ĐỐC", "Danh sách này có 03 tập thể, cá nhân./.")) {
            assertTrue(before.contains(expected), expected + " in " + before);
        }
        assertTrue(before.contains("(Kèm theo Tờ trình số /TTr-SNV ngày / /2023 của Giám đốc Sở Nội vụ)"),
                "a dotted blank for the clerk until the Tờ trình is recorded: " + before);

        Api.as(Api.APPROVER).body(("{\"number\": \"163/QĐ-UBND\", \"signedOn\": \"2023-12-01\", \"proposalNumber\": "
                        + "\"118/TTr-SNV\", \"proposalDate\": \"2023-11-24\", \"nominationIds\": [%d, %d]}").formatted(unit, person))
                .post("/api/conferences/" + conf + "/decisions").then().statusCode(201);
        String after = listText(conf, "danh-sach-de-nghi-kem-to-trinh.pdf");
        assertTrue(after.contains("(Kèm theo Tờ trình số 118/TTr-SNV ngày 24/11/2023 của Giám đốc Sở Nội vụ)"), after);
    }

    /** The list PDF's text in reading order, line breaks as spaces; kept under target/documents for a look. */
    private static String listText(long conf, String keepAs) throws Exception {
        byte[] pdf = Api.page(Api.REVIEWER).get(base(conf) + "/list.pdf").then().statusCode(200).extract().asByteArray();
        keep(pdf, keepAs);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            return byPosition.getText(doc).replaceAll("[\\s\\u00a0]+", " ");
        }
    }

    @Test
    void draftAndRecordedDecisionFollowTheDecreeLayoutWithAnnexAndPrizeMoney() throws Exception {
        long conf = Api.createConference("Hội nghị dự thảo quyết định", false);
        long person = Nominations.approved(conf, "INDIVIDUAL", "Hoàng Văn Thụ", "Xã Đông Sơn");
        long other = Nominations.approved(conf, "INDIVIDUAL", "Lò Thị Mai", "Xã Tân Mỹ");
        long unit = Nominations.approved(conf, "COLLECTIVE", "Ban CHQS xã Đông Sơn", "Xã Đông Sơn");

        String draft = pdfText(Api.page(Api.APPROVER).get(base(conf) + "/draft-decision.pdf?on=2023-12-05").then()
                .statusCode(200).extract().asByteArray());
        for (String expected : List.of("DỰ THẢO", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "Điều 1.", "01 tập thể và 02 cá nhân", "Điều 2.", "3.600.000 đồng", "1.800.000 đồng", "7.200.000 đồng", "Điều 3.",
                "Nơi nhận:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "DANH SÁCH TẬP THỂ, CÁ NHÂN", "Hoàng Văn Thụ")) {
            assertTrue(draft.contains(expected), expected + " in " + draft);
        }

        long decision = Api.as(Api.APPROVER).body("{\"number\": \"163/QĐ-UBND\", \"signedOn\": \"2024-07-01\", "
                        + "\"nominationIds\": [%d, %d, %d]}".formatted(person, other, unit))
                .post("/api/conferences/" + conf + "/decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] signedPdf = Api.page(Api.ORGANIZER).get(base(conf) + "/decisions/" + decision + ".pdf").then()
                .statusCode(200).extract().asByteArray();
        keep(signedPdf, "quyet-dinh-khen-thuong.pdf");
        String signed = pdfText(signedPdf);
        for (String expected : List.of("Số: 163/QĐ-UBND", "Bắc Giang, ngày 01 tháng 7 năm 2024", "4.680.000 đồng",
                "2.340.000 đồng", "9.360.000 đồng", "Kèm theo Quyết định số 163/QĐ-UBND ngày 01/07/2024")) {
            assertTrue(signed.contains(expected), expected + " in " + signed);
        }
        assertTrue(!signed.contains("DỰ THẢO"));
        int unitEntry = signed.indexOf("Ban Chỉ huy quân sự xã Đông Sơn", signed.indexOf("I. TẬP THỂ"));
        assertTrue(unitEntry > 0 && unitEntry < signed.indexOf("II. CÁ NHÂN"), signed);
    }

    /** A decision for collectives only says nothing of individuals: no "00 cá nhân", no empty "II. CÁ NHÂN". */
    @Test
    void aKindWithNobodyIsLeftOutOfTheDecision() throws Exception {
        long conf = Api.createConference("Hội nghị chỉ tập thể", false);
        Nominations.approved(conf, "COLLECTIVE", "Ban CHQS xã Đông Sơn", "Xã Đông Sơn");
        String draft = pdfText(Api.page(Api.APPROVER).get(base(conf) + "/draft-decision.pdf?on=2023-12-05").then()
                .statusCode(200).extract().asByteArray()).replaceAll("\\s+", " ");
        assertTrue(draft.contains("cho 01 tập thể (có danh sách kèm theo)"), draft);
        assertTrue(draft.contains("Mỗi tập thể được tặng Bằng khen kèm theo tiền thưởng 3.600.000 đồng. Tổng số"), draft);
        assertTrue(draft.contains("I. TẬP THỂ (01)"), draft);
        for (String absent : List.of("cá nhân (có danh sách", "mỗi cá nhân", "CÁ NHÂN (00)", "00 cá nhân")) {
            assertTrue(!draft.contains(absent), absent + " in " + draft);
        }
    }

    @Test
    void aDecisionSignedInDecember2023CitesTheLawOf2003AndItsDecreeNeverLaw06Of2022() throws Exception {
        String text = signedDecision("2023-12-01", "118/TTr-SNV", "2023-11-24");
        for (String expected : List.of(
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;",
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005;",
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013;",
                "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
                "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 118/TTr-SNV ngày 24/11/2023.",
                "cho 02 tập thể và 02 cá nhân",
                "Mỗi tập thể được tặng Bằng khen kèm theo tiền thưởng 3.600.000 đồng; mỗi cá nhân được tặng Bằng khen kèm theo tiền thưởng 1.800.000 đồng.",
                "Tổng số tiền thưởng: 10.800.000 đồng")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        for (String absent : List.of("ngày 15 tháng 6 năm 2022", "98/2023", "×", "hệ số", "2025")) {
            assertTrue(!text.contains(absent), absent + " in " + text);
        }
        assertLastAnnexEntryCloses(text);
    }

    @Test
    void aDecisionSignedIn2026CitesLaw06Of2022AndDecree98Of2023() throws Exception {
        String text = signedDecision("2026-06-01", "45/TTr-SNV", "2026-05-20");
        for (String expected : List.of(
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
                "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20/05/2026.",
                "cho 02 tập thể và 02 cá nhân",
                "tiền thưởng 7.020.000 đồng; mỗi cá nhân được tặng Bằng khen kèm theo tiền thưởng 3.510.000 đồng.",
                "Tổng số tiền thưởng: 21.060.000 đồng")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        for (String absent : List.of("26 tháng 11 năm 2003", "91/2017", "19 tháng 6 năm 2015", "22 tháng 11 năm 2019",
                "×", "hệ số")) {
            assertTrue(!text.contains(absent), absent + " in " + text);
        }
        assertLastAnnexEntryCloses(text);
    }

    /** Two collectives and two individuals decided on {@code signedOn}; the decision PDF's text. */
    private static String signedDecision(String signedOn, String proposal, String proposedOn) throws Exception {
        long conf = Api.createConference("Hội nghị quyết định " + signedOn, false);
        long unit = Nominations.approved(conf, "COLLECTIVE", "Ban CHQS xã Đông Sơn", "Xã Đông Sơn");
        long other = Nominations.approved(conf, "COLLECTIVE", "Ban CHQS xã Tân Mỹ", "Xã Tân Mỹ");
        long person = Nominations.approved(conf, "INDIVIDUAL", "Hoàng Văn Thụ", "Xã Đông Sơn");
        long woman = Nominations.approved(conf, "INDIVIDUAL", "Lò Thị Mai", "Xã Tân Mỹ");
        long decision = Api.as(Api.APPROVER).body(("{\"number\": \"12/QĐ-UBND\", \"signedOn\": \"%s\", "
                        + "\"proposalNumber\": \"%s\", \"proposalDate\": \"%s\", \"nominationIds\": [%d, %d, %d, %d]}")
                        .formatted(signedOn, proposal, proposedOn, unit, other, person, woman))
                .post("/api/conferences/" + conf + "/decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] pdf = Api.page(Api.ORGANIZER).get(base(conf) + "/decisions/" + decision + ".pdf").then()
                .statusCode(200).extract().asByteArray();
        keep(pdf, "quyet-dinh-" + signedOn + ".pdf");
        // read as the page shows it: the renderer writes the unbreakable spans of the Tờ trình line out of order
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            return byPosition.getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** Every annex entry ends with ";" except the last, which closes the document with "./.". */
    private static void assertLastAnnexEntryCloses(String text) {
        String annex = text.substring(text.indexOf("I. TẬP THỂ"));
        // A signed decision ends with its verification block (issue 22), after the annex.
        int verification = annex.indexOf("Văn bản điện tử đã được ký số");
        annex = (verification < 0 ? annex : annex.substring(0, verification)).strip();
        assertTrue(annex.endsWith("xã Đông Sơn./.") || annex.endsWith("xã Tân Mỹ./."), annex);
        assertEquals(1, annex.split("\\./\\.", -1).length - 1, "only the last entry closes: " + annex);
        assertEquals(3, annex.split(";", -1).length - 1, "the other three entries end with ';': " + annex);
    }

    @Test
    void exportedListImportsBackIntoAnotherConference() throws Exception {
        long from = Api.createConference("Hội nghị xuất danh sách", false);
        Nominations.approved(from, "COLLECTIVE", "Ban CHQS xã Xuất", "Xã Xuất");
        Nominations.approved(from, "INDIVIDUAL", "Trịnh Văn Xuất", "Xã Xuất");
        byte[] xlsx = Api.page(Api.ORGANIZER).get(base(from) + "/list.xlsx").then().statusCode(200).extract().asByteArray();

        long to = Api.createConference("Hội nghị nhập danh sách", false);
        importSheet(to, xlsx).then().statusCode(201).body("status", equalTo(List.of("DRAFT", "DRAFT")))
                .body("kind", equalTo(List.of("COLLECTIVE", "INDIVIDUAL")))
                .body("nomineeName", equalTo(List.of("Ban CHQS xã Xuất", "Trịnh Văn Xuất")))
                .body("[1].position", equalTo("Chỉ huy trưởng Ban CHQS xã"))
                .body("grassroots", equalTo(List.of(true, true)));
    }

    @Test
    void anImportWithAnyWrongRowImportsNothingAndNamesEveryWrongCell() throws Exception {
        long conf = Api.createConference("Hội nghị nhập lỗi", false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Danh sách");
        String[] header = {"STT", "Tên", "Chức vụ", "Cấp bậc", "Giới tính", "Năm sinh", "Cơ quan", "Cơ sở", "Đơn vị đề nghị", "Thành tích"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        row(ws, 1, "I", "TẬP THỂ");
        row(ws, 2, "1", "Ban CHQS xã Đúng", "", "", "", "", "Xã Đúng", "x", "", "Tốt");
        row(ws, 3, "II", "CÁ NHÂN");
        row(ws, 4, "1", "Nguyễn Văn Đúng", "Xã đội trưởng", "", "Nam", "1980", "Xã Đúng", "", "", "Tốt");
        row(ws, 5, "2", "", "Xã đội phó", "", "Không rõ", "1850", "Xã Sai", "", "", "Tốt");
        row(ws, 6, "3", "Lê Thị Thiếu", "", "", "Nữ", "", "", "", "", "");
        wb.finish();

        importSheet(conf, out.toByteArray()).then().statusCode(400)
                .body("violations.field", hasItems("row 6, column B", "row 6, column E", "row 6, column F",
                        "row 7, column C", "row 7, column G", "row 7, column J"))
                .body("violations.size()", equalTo(6))
                .body("violations[0].message", equalTo("Dòng 6, cột B (Tên tập thể / Họ và tên): bắt buộc"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/nominations").then().body("size()", equalTo(0));
        importSheet(conf, "not a spreadsheet".getBytes()).then().statusCode(400);
        Api.as(Api.REVIEWER).contentType(XLSX).body(out.toByteArray())
                .post("/api/conferences/" + conf + "/nominations/import").then().statusCode(403);
    }

    private static void row(Worksheet ws, int r, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                ws.value(r, c, values[c]);
            }
        }
    }

    private static io.restassured.response.Response importSheet(long conf, byte[] xlsx) {
        return RestAssured.given().auth().preemptive().basic(Api.ORGANIZER, "demo-" + Api.ORGANIZER)
                .contentType(XLSX).accept("application/json").body(xlsx)
                .post("/api/conferences/" + conf + "/nominations/import");
    }

    /** Saves a document under target/documents for a person to look at. */
    private static void keep(byte[] content, String name) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "documents");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), content);
    }

    private static String base(long conf) {
        return "/conferences/" + conf + "/nominations/documents";
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The cells by row number (row 1 at index 0; a row the sheet leaves out is empty). */
    private static List<List<String>> cells(byte[] xlsx) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<List<String>> byNumber = new java.util.ArrayList<>();
            rows.forEach(r -> {
                while (byNumber.size() < r.getRowNum()) {
                    byNumber.add(List.of());
                }
                byNumber.set(r.getRowNum() - 1, r.stream().map(c -> c == null ? "" : c.getText()).toList());
            });
            return byNumber;
        }
    }
}
