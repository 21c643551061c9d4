package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Threat: an XLSX import of a million rows or one huge cell is read whole into memory; defence: the zip limits, at most 5000 rows and 10,000 characters a cell, refused 400. */
@QuarkusTest
class ImportFloodThreatTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aMillionRowsAreRefused() throws IOException {
        Path file = Files.createTempFile("million-rows", ".xlsx");
        try {
            sheet(file, 1_000_000, null);
            refusedFor(importSheet(Files.readAllBytes(file)), "quá lớn (tối đa 32 MB)");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void oneRowPastTheCapIsRefusedAndTheCapItselfIsNamedInEnglish() throws IOException {
        Path file = Files.createTempFile("rows", ".xlsx");
        try {
            sheet(file, 5001, "Hoàn thành xuất sắc nhiệm vụ");
            Api.as(Api.ORGANIZER).header("Accept-Language", "en").contentType(XLSX).body(Files.readAllBytes(file))
                    .post("/api/conferences/" + conference() + "/nominations/import").then().statusCode(400)
                    .body("violations[0].field", equalTo("file"))
                    .body("detail", containsString("at most 5000 rows per import"));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aCellLongerThanAnyColumnAllowsIsRefusedBeforeTheRestIsRead() throws IOException {
        Path file = Files.createTempFile("long-cell", ".xlsx");
        try {
            sheet(file, 3, "x".repeat(20_000));
            refusedFor(importSheet(Files.readAllBytes(file)), "cột J: ô dài quá 10000 ký tự");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aThreeHundredMegabyteCellIsRefusedWhileInflating() {
        refusedFor(importSheet(hugeCell(300 * 1024 * 1024)), "tỷ lệ nén bất thường");
    }

    private static ValidatableResponse importSheet(byte[] xlsx) {
        return Api.as(Api.ORGANIZER).contentType(XLSX).body(xlsx)
                .post("/api/conferences/" + conference() + "/nominations/import").then();
    }

    private static long conference() {
        return Api.createConference("Hội nghị nhập bảng tính lớn", false);
    }

    private static void refusedFor(ValidatableResponse response, String rule) {
        response.statusCode(400).body("violations[0].field", equalTo("file")).body("detail", containsString(rule));
    }

    /**
     * The import layout (header row "STT", section "I | TẬP THỂ"), then {@code rows} nominees, written streaming;
     * without achievements only the number and a name (a million rows stay under the upload limit).
     */
    private static void sheet(Path file, int rows, String achievements) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Tong ket", "1.0");
            Worksheet ws = workbook.newWorksheet("Danh sách");
            ws.value(3, 0, "STT");
            ws.value(4, 0, "I");
            ws.value(4, 1, "TẬP THỂ");
            for (int r = 0; r < rows; r++) {
                ws.value(5 + r, 0, r + 1);
                ws.value(5 + r, 1, "Ban CHQS xã");
                if (achievements != null) {
                    ws.value(5 + r, 6, "Xã số " + r);
                    ws.value(5 + r, 9, achievements);
                }
                if (r % 10_000 == 0) {
                    ws.flush();
                }
            }
            workbook.finish();
        }
    }

    /** A workbook whose only cell is {@code chars} characters, written inline and streaming. */
    private static byte[] hugeCell(int chars) {
        try (var bytes = new java.io.ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                    <sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>STT</t></is></c></row>"
                    + "<row r=\"5\"><c r=\"J5\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < chars; written += chunk.length) {
                zip.write(chunk, 0, Math.min(chunk.length, chars - written));
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
