package vn.tongket.delegate;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The master of ceremonies' introduction list: guests first, then participants, each in precedence order. */
@QuarkusTest
class IntroductionListTest {

    @Test
    void pdfListsGuestsFirstInPrecedenceOrderWithDiacriticsIntact() throws Exception {
        long id = Api.createConference("Hội nghị giới thiệu đại biểu", false);
        Api.addDelegate(id, "Đặng Thị Ngọc Ánh", "anh@example.vn", "PARTICIPANT", 5);
        Api.addDelegate(id, "Nguyễn Đức Thắng", "thang@example.vn", "GUEST", 40);
        Api.addDelegate(id, "Trần Quốc Hùng", "hung@example.vn", "GUEST", 30);
        byte[] pdf = Api.page(Api.REVIEWER).get("/conferences/" + id + "/introduction.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("DANH SÁCH GIỚI THIỆU ĐẠI BIỂU"), text);
            int hung = text.indexOf("Trần Quốc Hùng");
            int thang = text.indexOf("Nguyễn Đức Thắng");
            int anh = text.indexOf("Đặng Thị Ngọc Ánh");
            assertTrue(hung > 0 && thang > hung && anh > thang, "guests by precedence, then participants: " + text);
            assertTrue(text.contains("08 giờ") || text.contains("07 giờ 30 phút, thứ Sáu, ngày 08/12/2023"), text);
            var resources = doc.getPage(0).getResources();
            boolean embedsLiberationSerif = false;
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                embedsLiberationSerif |= font.getName().contains("LiberationSerif") && font.isEmbedded();
            }
            assertTrue(embedsLiberationSerif, "Liberation Serif is embedded");
        }
    }

    @Test
    void htmlPageEscapesNamesAndKeepsOrder() {
        long id = Api.createConference("Hội nghị giới thiệu HTML", false);
        Api.addDelegate(id, "<script>alert(1)</script> Lê Văn A", "a@example.vn", "GUEST", 10);
        Api.page(Api.ORGANIZER).get("/conferences/" + id + "/introduction").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Lê Văn A"))
                .body(org.hamcrest.Matchers.not(containsString("<script>alert(1)</script>")));
    }
}
