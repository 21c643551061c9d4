package vn.tongket.delegate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tongket.delegate.PreparedDelegateSheets.row;
import static vn.tongket.delegate.PreparedDelegateSheets.sheet;

/** Delegates imported from an XLSX sheet: the template, all rows or none, every wrong cell named. */
@QuarkusTest
class DelegateImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADERS = PreparedDelegateSheets.HEADERS;

    private static Response importSheet(long conf, byte[] xlsx) {
        return Api.as(Api.ORGANIZER).contentType(XLSX).accept("application/json").body(xlsx)
                .post("/api/conferences/" + conf + "/delegates/import");
    }

    private static List<String> names(long conf) {
        return Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/delegates?size=100")
                .then().statusCode(200).extract().jsonPath().getList("fullName");
    }

    @Test
    void theTemplateDownloadsWithTheColumnsTheGroupListAndAGuide() throws Exception {
        long conf = Api.createConference("Hội nghị tệp mẫu đại biểu", false);
        Response download = PageForms.as(Api.ORGANIZER).get("/conferences/" + conf + "/delegates/import/mau-danh-sach-dai-bieu.xlsx");
        assertEquals(200, download.statusCode());
        assertTrue(download.contentType().startsWith(XLSX), download.contentType());
        assertTrue(download.header("Content-Disposition").contains("attachment"));
        byte[] xlsx = download.asByteArray();

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("Danh sách đại biểu", "Hướng dẫn"), sheets.stream().map(Sheet::getName).toList());
            List<Row> first = sheets.get(0).read();
            assertEquals(List.of(HEADERS), texts(first.get(0)));
            List<List<String>> guide = sheets.get(1).read().stream().map(DelegateImportTest::texts).toList();
            assertTrue(guide.contains(List.of(HEADERS)), "the guide shows the header above its example row");
            assertTrue(guide.stream().anyMatch(r -> r.contains("Nguyễn Văn An") && r.contains("Thành phần hội nghị")), guide.toString());
            for (String group : List.of("Đại biểu khách mời", "Thành phần hội nghị", "Tập thể, cá nhân được khen thưởng")) {
                assertTrue(guide.stream().anyMatch(r -> r.contains(group)), group);
            }
        }
        String firstSheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(firstSheet.matches("(?s).*<dataValidation [^>]*sqref=\"F2:F1001\"[^>]*type=\"list\".*"
                + "|(?s).*<dataValidation [^>]*type=\"list\"[^>]*sqref=\"F2:F1001\".*"), firstSheet);
        assertTrue(firstSheet.contains("'Hướng dẫn'!$A$13:$A$15"), "the group column offers the guide's names");

        importSheet(conf, xlsx).then().statusCode(400)
                .body("detail", equalTo("Tệp không có dòng đại biểu nào."));
    }

    @Test
    void aSheetLikeTheTemplateAddsEveryRowInOrder() throws IOException {
        long conf = Api.createConference("Hội nghị nhập đại biểu", false);
        byte[] xlsx = sheet(row("Nguyễn Văn Một", "mot@example.vn", "Thành phần hội nghị", "20"),
                row("Trần Thị Hai", "", "Đại biểu khách mời", "1.000"),
                new String[]{}, // a blank row is skipped
                row("Lê Văn Ba", "BA@example.vn", "AWARDEE", ""));
        importSheet(conf, xlsx).then().statusCode(201)
                .body("fullName", equalTo(List.of("Nguyễn Văn Một", "Trần Thị Hai", "Lê Văn Ba")))
                .body("category", equalTo(List.of("PARTICIPANT", "GUEST", "AWARDEE")))
                .body("[1].precedence", equalTo(1000))
                .body("[1].email", equalTo(null))
                .body("[2].email", equalTo("ba@example.vn"));
    }

    @Test
    void rankPartyTitleAndStandingColumnsAreRead() throws IOException {
        long conf = Api.createConference("Hội nghị nhập quân hàm", false);
        String[] general = {"Nguyễn Đức Thắng", "Phó Tư lệnh", "Bộ Tư lệnh Quân khu 1", "", "", "Đại biểu khách mời",
                "10", "Thiếu tướng", "", ""};
        String[] chairman = {"Vũ Đình Khương", "Chủ tịch UBND tỉnh", "UBND tỉnh Bắc Giang", "", "", "Thành phần hội nghị",
                "20", "", "Phó Bí thư Tỉnh ủy", "x"};
        String[] tooLong = {"Quân Hàm Quá Dài", "", "", "", "", "Đại biểu khách mời", "", "Đ".repeat(51), "", ""};
        importSheet(conf, sheet(general, chairman, tooLong)).then().statusCode(400)
                .body("detail", containsString("Cấp bậc"));
        importSheet(conf, sheet(general, chairman))
                .then().statusCode(201)
                .body("rank", equalTo(java.util.Arrays.asList("Thiếu tướng", null)))
                .body("partyTitle", equalTo(java.util.Arrays.asList(null, "Phó Bí thư Tỉnh ủy")))
                .body("provincialStanding", equalTo(List.of(false, true)));
    }

    @Test
    void aBadRowInTheMiddleImportsNothingAndEveryWrongCellIsNamed() throws IOException {
        long conf = Api.createConference("Hội nghị nhập đại biểu có lỗi", false);
        Api.addDelegate(conf, "Đã Có Sẵn", "co-san@example.vn", "GUEST", 10);
        byte[] xlsx = sheet(row("Nguyễn Văn Đúng", "dung@example.vn", "Thành phần hội nghị", "20"),
                row("", "khong-phai-email", "Khách", "hai mươi"),
                row("Phạm Văn Đúng Nữa", "dung2@example.vn", "Thành phần hội nghị", "30"),
                row("Trùng Trong Tệp", "DUNG@example.vn", "Thành phần hội nghị", ""),
                row("Trùng Danh Sách", "co-san@example.vn", "Thành phần hội nghị", ""));
        importSheet(conf, xlsx).then().statusCode(400)
                .body("violations.field", equalTo(List.of("row 3, column A", "row 3, column D", "row 3, column F",
                        "row 3, column G", "row 5, column D", "row 6, column D")))
                .body("violations[1].message", equalTo("Dòng 3, cột Email: không phải địa chỉ email hợp lệ"))
                .body("violations[4].message", equalTo("Dòng 5, cột Email: email dung@example.vn đã có ở dòng 2 của tệp"))
                .body("violations[5].message", equalTo(
                        "Dòng 6, cột Email: email co-san@example.vn đã có trong danh sách đại biểu (Đã Có Sẵn)"));
        assertEquals(List.of("Đã Có Sẵn"), names(conf), "nothing of the file was added");

        Api.as(Api.ORGANIZER).contentType(XLSX).accept("application/json").header("Accept-Language", "en").body(xlsx)
                .post("/api/conferences/" + conf + "/delegates/import").then().statusCode(400)
                .body("violations[0].message", equalTo("Row 3, column Họ và tên: required"));
        importSheet(conf, "not a spreadsheet".getBytes(StandardCharsets.UTF_8)).then().statusCode(400);
        Api.as(Api.REVIEWER).contentType(XLSX).body(xlsx).post("/api/conferences/" + conf + "/delegates/import")
                .then().statusCode(403);
    }

    @Test
    void theImportPageListsEveryWrongCellThenRedirectsToTheList() throws IOException {
        long conf = Api.createConference("Hội nghị trang nhập đại biểu", false);
        String page = "/conferences/" + conf + "/delegates/import";
        byte[] wrong = sheet(row("Nguyễn Văn Sáu", "sau@example.vn", "Thành phần hội nghị", "20"),
                row("Võ Thị Bảy", "bay@", "Thành phần hội nghị", "30"));
        Response refused = upload(page, wrong);
        assertEquals(400, refused.statusCode());
        Document html = Jsoup.parse(refused.asString());
        assertEquals(List.of("D3", "Dòng 3, cột Email: không phải địa chỉ email hợp lệ"),
                html.select("#import-errors tbody tr").get(0).select("td").eachText());
        assertTrue(html.getElementById("form-error").text().contains("1"), html.getElementById("form-error").text());
        assertEquals(List.of(), names(conf));

        byte[] right = sheet(row("Nguyễn Văn Sáu", "sau@example.vn", "Thành phần hội nghị", "20"),
                row("Võ Thị Bảy", "bay@example.vn", "Thành phần hội nghị", "30"));
        Response done = upload(page, right);
        assertEquals(303, done.statusCode(), done.asString());
        String location = done.header("Location");
        assertTrue(location.contains("/conferences/" + conf + "?notice=") && location.endsWith("#delegates"), location);
        assertEquals(List.of("Nguyễn Văn Sáu", "Võ Thị Bảy"), names(conf));

        assertEquals(403, PageForms.as(Api.REVIEWER).get(page).statusCode());
    }

    /** The import form posted as a browser does: multipart, with the CSRF token of the page. */
    private static Response upload(String page, byte[] xlsx) {
        Map<String, String> session = Api.sessionCookies(Api.ORGANIZER);
        Response form = RestAssured.given().cookies(session).get(page);
        String token = Jsoup.parse(form.asString()).select("input[name=csrf-token]").val();
        return RestAssured.given().cookies(session).cookie("csrf-token", form.cookie("csrf-token"))
                .redirects().follow(false)
                .multiPart("csrf-token", token)
                .multiPart("file", "danh-sach.xlsx", xlsx, XLSX)
                .post(page);
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the workbook");
    }
}
