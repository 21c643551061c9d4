package vn.tongket.preparation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DocumentSetTest {

    @Test
    void combinedPdfHasCoverContentsEveryDocumentAndPageNumbers() {
        long c = Api.createConference("Bộ tài liệu hội nghị", false);
        String outline = "/api/conferences/" + c + "/outline";
        long first = Api.as(Api.ORGANIZER).post(outline).then().statusCode(201).extract().jsonPath().getLong("[0].id");
        long second = Api.as(Api.ORGANIZER).get(outline).then().extract().jsonPath().getLong("[1].id");
        Api.as(Api.ORGANIZER).body("{\"text\": \"Tình hình chính trị ổn định, kinh tế tăng trưởng khá.\"}")
                .post(outline + "/sections/" + first + "/text").then().statusCode(200);
        Api.as(Api.ORGANIZER).post(outline + "/sections/" + first + "/accept").then().statusCode(200);
        Api.as(Api.ORGANIZER).contentType("application/octet-stream").body(Pdfs.docx("Lãnh đạo, chỉ đạo"))
                .post(outline + "/sections/" + second + "/file?fileName=muc-1-2.docx").then().statusCode(200);
        Api.as(Api.ORGANIZER).post(outline + "/sections/" + second + "/accept").then().statusCode(200);

        long p = PresentationTest.request(c, "Ban CHQS huyện Hiệp Hòa").getLong("id");
        Api.as(Api.ORGANIZER).contentType("application/octet-stream")
                .body(Pdfs.simple("Hiệp Hòa xây dựng khu vực phòng thủ vững chắc", "Trang hai của tham luận"))
                .post(PresentationTest.base(c) + "/" + p + "/draft?fileName=hiep-hoa.pdf").then().statusCode(200);
        Api.as(Api.ORGANIZER).body("""
                {"startsAt": "2023-12-08T09:00", "endsAt": "2023-12-08T09:15", "presenter": "Đồng chí Lê Văn Tâm"}""")
                .post(PresentationTest.base(c) + "/" + p + "/accept").then().statusCode(200);

        List<Map<String, Object>> docs = Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/documents")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("programme", "report", "report-" + second, "presentation-" + p),
                docs.stream().map(d -> d.get("key")).toList());

        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf").get("/api/conferences/" + c + "/documents/combined.pdf")
                .then().statusCode(200).header("Content-Type", startsWith("application/pdf"))
                .extract().asByteArray();
        // cover (1), contents (2), programme (3), report text (4), presentation (5-6); the DOCX is only listed
        assertEquals(6, Pdfs.pages(pdf));
        assertTrue(Pdfs.pageText(pdf, 1).contains("TÀI LIỆU HỘI NGHỊ"), Pdfs.pageText(pdf, 1));
        assertTrue(Pdfs.pageText(pdf, 1).contains("Bộ tài liệu hội nghị"));
        String contents = Pdfs.pageText(pdf, 2).replaceAll("\\s+", " ");
        assertTrue(contents.contains("MỤC LỤC"), contents);
        assertTrue(contents.contains("1. Chương trình hội nghị Trang 3"), contents);
        assertTrue(contents.contains("Trang 4"), contents);
        assertTrue(contents.contains("mục 1.2") && contents.contains("Tệp DOCX tải riêng"), contents);
        assertTrue(contents.contains("Ban CHQS huyện Hiệp Hòa") && contents.contains("Trang 5"), contents);
        assertTrue(Pdfs.pageText(pdf, 3).contains("CHƯƠNG TRÌNH HỘI NGHỊ"), Pdfs.pageText(pdf, 3));
        assertTrue(Pdfs.pageText(pdf, 3).contains("09:00 – 09:15"));
        assertTrue(Pdfs.pageText(pdf, 4).contains("Tình hình chính trị ổn định"), Pdfs.pageText(pdf, 4));
        assertTrue(Pdfs.pageText(pdf, 5).contains("Hiệp Hòa xây dựng khu vực phòng thủ"), Pdfs.pageText(pdf, 5));
        assertTrue(Pdfs.pageText(pdf, 6).contains("Trang hai của tham luận"));
        for (int page = 2; page <= 6; page++) {
            String number = String.valueOf(page);
            assertTrue(Pdfs.pageText(pdf, page).lines().anyMatch(l -> l.strip().equals(number)),
                    "page number on page " + page + ": " + Pdfs.pageText(pdf, page));
        }
        assertTrue(Pdfs.pageText(pdf, 1).lines().noneMatch(l -> l.strip().equals("1")), "no number on the cover");

        Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/documents/report-" + second).then().statusCode(200)
                .header("Content-Type", startsWith(UploadedFiles.DOCX))
                .header("Content-Disposition", startsWith("attachment"));
    }

    @Test
    void delegateReachesTheSetWithTheInvitationTokenAndAnUnknownTokenIs404() {
        long c = Api.createConference("Tài liệu cho đại biểu", false);
        long delegate = Api.addDelegate(c, "Phạm Văn Đức", "duc@example.vn", "PARTICIPANT", null);
        String token = Api.as(Api.ORGANIZER).post("/api/conferences/" + c + "/invitations").then()
                .extract().jsonPath().getList("$", Map.class).stream()
                .filter(i -> ((Number) i.get("delegateId")).longValue() == delegate)
                .map(i -> (String) i.get("token")).findFirst().orElseThrow();
        RestAssured.given().get("/rsvp/" + token).then().statusCode(200)
                .body(containsString("href=\"/documents/" + token + "\""));
        RestAssured.given().get("/documents/" + token).then().statusCode(200)
                .body(containsString("Tài liệu cho đại biểu"))
                .body(containsString("width=device-width"))
                .body(containsString("/documents/" + token + "/programme"));
        byte[] programme = RestAssured.given().get("/documents/" + token + "/programme").then().statusCode(200)
                .header("Content-Type", startsWith("application/pdf")).header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertTrue(Pdfs.text(programme).contains("CHƯƠNG TRÌNH HỘI NGHỊ"));
        RestAssured.given().get("/documents/khong-co-ma-nay").then().statusCode(404);
    }
}
