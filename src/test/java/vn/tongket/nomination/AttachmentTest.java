package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Attachments: recognised by content, size-limited, stored in the database, downloaded only by signed-in users. */
@QuarkusTest
class AttachmentTest {

    private static final byte[] PDF = "%PDF-1.4\n% báo cáo thành tích\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void pdfAndDocxAreStoredAndServedAsDownloadsToSignedInUsersOnly() throws Exception {
        long conf = Api.createConference("Hội nghị tệp đính kèm", false);
        long id = Nominations.create(conf, "COLLECTIVE", "Ban CHQS xã Đính Kèm", "Xã Đính Kèm", true);
        int pdfId = upload(id, "Báo cáo thành tích.pdf", PDF, "application/pdf").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("fileName", equalTo("Báo cáo thành tích.pdf"))
                .extract().path("id");
        upload(id, "bien-ban.docx", docx(), "application/octet-stream").then().statusCode(201)
                .body("contentType", equalTo(vn.tongket.document.FileTypes.DOCX));
        Api.as(Api.REVIEWER).get("/api/nominations/" + id + "/attachments").then().statusCode(200)
                .body("fileName", equalTo(java.util.List.of("Báo cáo thành tích.pdf", "bien-ban.docx")));

        byte[] back = Api.as(Api.REVIEWER).accept("*/*").get("/api/nominations/" + id + "/attachments/" + pdfId).then()
                .statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment;"))
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(PDF, back);
        RestAssured.given().get("/api/nominations/" + id + "/attachments/" + pdfId).then().statusCode(401);
    }

    @Test
    void aFileThatIsNotPdfDocxOrAnImageOrIsTooLargeIsRefused() {
        long conf = Api.createConference("Hội nghị tệp bị từ chối", false);
        long id = Nominations.create(conf, "INDIVIDUAL", "Trần Văn Tệp", "Xã Tân Mỹ", true);
        upload(id, "virus.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .then().statusCode(400).body("violations[0].field", equalTo("file"));
        upload(id, "khong-phai-word.docx", zip("other.txt"), "application/octet-stream").then().statusCode(400);
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        upload(id, "qua-lon.pdf", big, "application/pdf").then().statusCode(400)
                .body("detail", containsString("10 MB"));
        upload(id, "anh.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}, "image/png")
                .then().statusCode(201).body("contentType", equalTo("image/png"));
        Nominations.submit(id);
        upload(id, "muon.pdf", PDF, "application/pdf").then().statusCode(409);
        Api.as(Api.ORGANIZER).get("/api/nominations/" + id + "/attachments").then().body("size()", equalTo(1));
    }

    private static io.restassured.response.Response upload(long id, String name, byte[] content, String type) {
        return RestAssured.given().auth().preemptive().basic(Api.ORGANIZER, "demo-" + Api.ORGANIZER)
                .contentType(type).body(content).queryParam("fileName", name).accept("application/json")
                .post("/api/nominations/" + id + "/attachments");
    }

    private static byte[] docx() throws Exception {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    private static byte[] zip(String... names) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
