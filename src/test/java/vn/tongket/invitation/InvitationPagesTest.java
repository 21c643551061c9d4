package vn.tongket.invitation;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.MailServer;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attendance list downloads, reminders and the outbox page where the organiser reads each mail as sent. */
@QuarkusTest
class InvitationPagesTest {

    private MailServer smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void attendanceListDownloadsAsPdfAndXlsxWithAnswersAndArrivals() throws Exception {
        long id = Invitations.futureConference("Hội nghị danh sách tham dự");
        long a = Api.addDelegate(id, "Nguyễn Hữu Thọ", "tho@example.vn", "GUEST", 1);
        long b = Api.addDelegate(id, "Tôn Đức Thắng", "thang2@example.vn", "PARTICIPANT", 2);
        String tokenA = Invitations.tokenOf(id, a);
        Invitations.answer(Invitations.tokenOf(id, b), "DELEGATE", "Phạm Hùng", "Phó Chánh Văn phòng").then().statusCode(303);
        Api.as(Api.ORGANIZER).body("{\"code\": \"" + tokenA + "\"}").post("/api/conferences/" + id + "/checkins")
                .then().statusCode(200);

        byte[] xlsx = Api.page(Api.REVIEWER).get("/conferences/" + id + "/attendance.xlsx").then().statusCode(200)
                .contentType(AttendanceList.XLSX).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("DANH SÁCH ĐẠI BIỂU THAM DỰ", cell(rows, 1, 0));
            assertEquals("Họ và tên", cell(rows, 4, 2));
            assertEquals("Nguyễn Hữu Thọ", cell(rows, 5, 2));
            assertTrue(cell(rows, 5, 7).matches("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}"), cell(rows, 5, 7));
            assertEquals("Tôn Đức Thắng", cell(rows, 6, 2));
            assertEquals("Cử người đi thay", cell(rows, 6, 5));
            assertEquals("Phạm Hùng, Phó Chánh Văn phòng", cell(rows, 6, 6));
            assertEquals("Ký tên", cell(rows, 4, 8));
        }
        String sheetXml = zipEntry(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheetXml.matches("(?s).*<pageSetup[^>]*orientation=\"landscape\".*"), sheetXml);
        assertTrue(sheetXml.contains("<mergeCell ref=\"A1:I1\"/>"), "the heading spans the table: " + sheetXml);
        assertTrue(zipEntry(xlsx, "xl/styles.xml").contains("Times New Roman"), "the documents' typeface");

        byte[] pdf = Api.page(Api.ORGANIZER).get("/conferences/" + id + "/attendance.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("DANH SÁCH ĐẠI BIỂU THAM DỰ"), text);
            assertTrue(text.contains("Nguyễn Hữu Thọ") && text.contains("Phạm Hùng"), text);
            assertTrue(text.contains("đã điểm danh: 1"), text);
            assertTrue(text.contains("Ký tên"), text);
            // The arrival time is one cell: it must come out whole on one line, not broken over two.
            assertTrue(text.lines().anyMatch(l -> l.matches(".*\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}.*")), text);
        }
    }

    @Test
    void conferenceEditPageOffersTheLetterSettingsWithTheirDefaults() {
        long id = Api.createConference("Hội nghị thiết lập giấy mời", false);
        Api.page(Api.ORGANIZER).get("/conferences/" + id + "/edit").then().statusCode(200)
                .body(containsString("id=\"letter-symbol\""))
                .body(containsString("placeholder=\"UBND\""))
                .body(containsString("placeholder=\"TM. ỦY BAN NHÂN DÂN\""));
    }

    /** One part of the workbook; through ZipFile, since fastexcel's entries carry their sizes after the data. */
    private static String zipEntry(byte[] zip, String name) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("attendance", ".xlsx");
        try (java.util.zip.ZipFile workbook = new java.util.zip.ZipFile(java.nio.file.Files.write(file, zip).toFile())) {
            java.util.zip.ZipEntry entry = workbook.getEntry(name);
            assertTrue(entry != null, "no " + name + " in the workbook");
            return new String(workbook.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** The text of a cell by its 1-based row number (the reader leaves out empty rows) and 0-based column. */
    private static String cell(List<Row> rows, int rowNum, int col) {
        return rows.stream().filter(r -> r.getRowNum() == rowNum).findFirst().orElseThrow().getCellText(col);
    }

    @Test
    void reminderGoesOnlyToThoseWhoHaveNotAnsweredAndTheOutboxShowsEachMailAsSent() throws Exception {
        smtp = MailServer.started();
        long id = Invitations.futureConference("Hội nghị nhắc trả lời");
        long a = Api.addDelegate(id, "Người Đã Trả Lời", "answered@example.vn", "GUEST", 1);
        Api.addDelegate(id, "Người Chưa Trả Lời", "silent@example.vn", "GUEST", 2);
        String tokenA = Invitations.tokenOf(id, a);
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then().body("queued", equalTo(2));
        MailDeliveryTest.await("both invitations are sent", () -> Api.as(Api.ORGANIZER)
                .get("/api/conferences/" + id + "/attendance").jsonPath().getInt("sent") == 2);
        Invitations.answer(tokenA, "ACCEPT", null, null).then().statusCode(303);

        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/remind").then().statusCode(202)
                .body("queued", equalTo(1));
        MailDeliveryTest.await("the reminder arrives", () -> smtp.to("silent@example.vn").size() == 2);
        assertEquals("Nhắc: Giấy mời dự Hội nghị nhắc trả lời", smtp.to("silent@example.vn").get(1).getSubject());
        assertEquals(1, smtp.to("answered@example.vn").size(), "no reminder for who has answered");

        String outbox = Api.page(Api.ORGANIZER).get("/conferences/" + id + "/outbox").then().statusCode(200)
                .body(containsString("Nhắc: Giấy mời dự Hội nghị nhắc trả lời"))
                .body(containsString("silent@example.vn")).extract().asString();
        String messageId = outbox.replaceAll("(?s).*href=\"/conferences/" + id + "/outbox/(\\d+)\".*", "$1");
        Api.page(Api.ORGANIZER).get("/conferences/" + id + "/outbox/" + messageId).then().statusCode(200)
                .body(containsString("id=\"message-html\""))
                .body(containsString("GIẤY MỜI"))
                .body(containsString("Kính gửi: Đồng chí Người"));
        Api.page(Api.REVIEWER).get("/conferences/" + id + "/outbox").then().statusCode(403);
    }
}
