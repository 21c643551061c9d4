package vn.tongket.preparation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary report and the programme read back from their PDFs as a clerk reads them. */
@QuarkusTest
class ReportAndProgrammeTest {

    @Test
    void theReportCarriesItsHeadNumberPartsTitleAndSignature() throws Exception {
        long c = Api.createConference("Hội nghị báo cáo tổng kết", false);
        String outline = "/api/conferences/" + c + "/outline";
        JsonPath sections = Api.as(Api.ORGANIZER).post(outline).then().statusCode(201).extract().jsonPath();
        accept(outline, sections, "1.1", "Tình hình chính trị ổn định, kinh tế tăng trưởng khá.");
        accept(outline, sections, "2.1", "Các cấp ủy, chính quyền quan tâm lãnh đạo công tác quốc phòng.");
        accept(outline, sections, "II.1", "Tiếp tục quán triệt các nghị quyết về quốc phòng.");
        accept(outline, sections, "III", "Đề nghị Bộ Tư lệnh Quân khu quan tâm bảo đảm kinh phí huấn luyện.");
        Api.as(Api.ORGANIZER).body("""
                {"number": "15/BC-UBND", "issuedOn": "2023-12-05", "signerTitle": "TM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH",
                 "signerName": "Trần Quang Vinh"}""")
                .put(outline + "/report-head").then().statusCode(200).body("numberLabel", equalTo("15/BC-UBND"));

        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf").get("/api/conferences/" + c + "/documents/report")
                .then().statusCode(200).extract().asByteArray();
        keep(pdf, "bao-cao-tong-ket.pdf");
        String text = flat(pdf);
        List<String> inOrder = List.of("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Số: 15/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Bắc Giang, ngày 05 tháng 12 năm 2023", "BÁO CÁO",
                "Tổng kết công tác quốc phòng địa phương năm 2023 và phương hướng, nhiệm vụ năm 2024",
                "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC QUỐC PHÒNG ĐỊA PHƯƠNG NĂM 2023", "1.1. Đánh giá khái quát",
                "2.1. Đánh giá chung: ưu điểm", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "II.1. Phương hướng chung năm 2024",
                "III. KIẾN NGHỊ, ĐỀ XUẤT", "bảo đảm kinh phí huấn luyện./.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                "Trần Quang Vinh");
        int at = -1;
        for (String expected : inOrder) {
            int found = text.indexOf(expected, at + 1);
            assertTrue(found > at, expected + " after position " + at + " in " + text);
            at = found;
        }
        assertEquals(1, text.split("\\./\\.", -1).length - 1, "one './.' closing the body: " + text);
    }

    /** The report's results part carries the units' results against the plan's targets, as the outline shows them. */
    @Test
    void theReportPrintsTheTargetsTableAfterTheResultsAndFollowsAChangedResult() throws Exception {
        long c = Api.createConference("Báo cáo có bảng chỉ tiêu", false);
        String outline = "/api/conferences/" + c + "/outline";
        JsonPath sections = Api.as(Api.ORGANIZER).post(outline).then().statusCode(201).extract().jsonPath();
        accept(outline, sections, "1.1", "Tình hình ổn định.");
        accept(outline, sections, "II.1", "Tiếp tục quán triệt các nghị quyết.");
        List<Long> targets = Api.as(Api.ORGANIZER).post("/api/conferences/" + c + "/targets/seed").then()
                .statusCode(200).extract().jsonPath().getList("targets.id", Long.class);
        result(c, targets.get(0), "Xã Tân Mỹ", "0.5");
        String report = "/api/conferences/" + c + "/documents/report";
        String text = flat(Api.as(Api.ORGANIZER).accept("application/pdf").get(report).then().statusCode(200)
                .extract().asByteArray());
        int table = text.indexOf("Kết quả thực hiện các chỉ tiêu năm 2023");
        assertTrue(table > text.indexOf("Tình hình ổn định") && table < text.indexOf("II. PHƯƠNG HƯỚNG"), text);
        assertTrue(text.indexOf("Lực lượng dân quân so với dân số", table) > 0, text);
        assertTrue(text.indexOf("Xã Tân Mỹ", table) > 0 && text.indexOf("(chưa đạt)", table) > 0, text);

        result(c, targets.get(0), "Xã Tân Mỹ", "0.9");
        String again = flat(Api.as(Api.ORGANIZER).accept("application/pdf").get(report).then().statusCode(200)
                .extract().asByteArray());
        assertTrue(again.contains("0,9") && !again.contains("0,5"), "a changed result shows at once: " + again);
    }

    @Test
    void withoutANumberTheReportLeavesRoomForTheVanThu() {
        long c = Api.createConference("Báo cáo chưa vào sổ", false);
        String outline = "/api/conferences/" + c + "/outline";
        JsonPath sections = Api.as(Api.ORGANIZER).post(outline).then().statusCode(201).extract().jsonPath();
        accept(outline, sections, "1.2", "Lãnh đạo, chỉ đạo chặt chẽ.");
        String text = flat(Api.as(Api.ORGANIZER).accept("application/pdf").get("/api/conferences/" + c + "/documents/report")
                .then().statusCode(200).extract().asByteArray());
        assertTrue(text.contains("Số: /BC-UBND") && text.contains("Bắc Giang, ngày tháng năm 2023"), text);
        assertTrue(text.contains("chặt chẽ./.") && text.contains("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"), text);
        Api.as(Api.REVIEWER).body("{}").put(outline + "/report-head").then().statusCode(403);
    }

    @Test
    void theProgrammeShowsTheBreakNamesAPresenterOnceAndListsPlacedPresentations() throws Exception {
        long c = Api.createConference("Hội nghị chương trình có giải lao", true);
        JsonPath agenda = Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/agenda").then().statusCode(200)
                .extract().jsonPath();
        long general = agenda.getLong("find { it.kind == 'PRESENTATION' }.id");
        long opening = agenda.getLong("find { it.kind == 'OPENING' }.id");
        long p = PresentationTest.request(c, "Ban CHQS huyện Hiệp Hòa").getLong("id");
        Api.as(Api.ORGANIZER).contentType("application/octet-stream").body(Pdfs.simple("Tham luận Hiệp Hòa"))
                .post(PresentationTest.base(c) + "/" + p + "/draft?fileName=hiep-hoa.pdf").then().statusCode(200);
        String accept = PresentationTest.base(c) + "/" + p + "/accept";
        Api.as(Api.ORGANIZER).body("{\"presenter\": \"Đồng chí Lê Văn Tâm\"}").post(accept).then().statusCode(400);
        Api.as(Api.ORGANIZER).body("{\"presenter\": \"Đồng chí Lê Văn Tâm\", \"agendaItemId\": " + opening + "}")
                .post(accept).then().statusCode(400);
        Api.as(Api.ORGANIZER).body("{\"presenter\": \"Đồng chí Lê Văn Tâm, Chỉ huy trưởng\", \"agendaItemId\": "
                + general + "}").post(accept).then().statusCode(200).body("state", equalTo("ACCEPTED"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/agenda").then().body("$", hasSize(6));

        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf").get("/api/conferences/" + c + "/documents/programme")
                .then().statusCode(200).extract().asByteArray();
        keep(pdf, "chuong-trinh-hoi-nghi.pdf");
        String text = flat(pdf);
        int presentations = text.indexOf("Tham luận của các cơ quan, địa phương tham dự hội nghị");
        int placed = text.indexOf("+ Tham luận của Ban CHQS huyện Hiệp Hòa: Xây dựng lực lượng dân quân vững mạnh, "
                + "rộng khắp (Đồng chí Lê Văn Tâm, Chỉ huy trưởng)");
        int pause = text.indexOf("Nghỉ giải lao");
        int speech = text.indexOf("Đại diện lãnh đạo cấp trên phát biểu");
        assertTrue(presentations > 0 && placed > presentations && pause > placed && speech > pause, text);
        assertTrue(text.contains("Kết luận Hội nghị của Chủ tịch UBND tỉnh"), text);
        assertTrue(!text.contains("(Chủ tịch UBND tỉnh)"), "the presenter the title names is not repeated: " + text);
        assertTrue(text.contains("và phương hướng, nhiệm vụ năm 2024 (Bộ CHQS tỉnh)"), "another presenter stays: " + text);
    }

    private static void result(long conf, long target, String unit, String value) {
        Api.as(Api.ORGANIZER).body("{\"targetId\": %d, \"organization\": \"%s\", \"value\": %s}"
                .formatted(target, unit, value)).put("/api/conferences/" + conf + "/targets/results")
                .then().statusCode(200);
    }

    private static void accept(String outline, JsonPath sections, String number, String text) {
        long id = sections.getLong("find { it.number == '" + number + "' }.id");
        Api.as(Api.ORGANIZER).body("{\"text\": \"" + text + "\"}").post(outline + "/sections/" + id + "/text").then()
                .statusCode(200);
        Api.as(Api.ORGANIZER).post(outline + "/sections/" + id + "/accept").then().statusCode(200);
    }

    /** The PDF's text with every run of white space (line breaks, no-break spaces) as one space. */
    private static String flat(byte[] pdf) {
        return Pdfs.text(pdf).replaceAll("[\\s\\u00a0]+", " ");
    }

    private static void keep(byte[] pdf, String name) throws Exception {
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents", name), pdf);
    }
}
