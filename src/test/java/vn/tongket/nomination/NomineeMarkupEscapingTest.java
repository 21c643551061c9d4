package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A nominee's name with markup is text on every commendation page and printed literally in the list and decision PDFs. */
@QuarkusTest
class NomineeMarkupEscapingTest {

    static final String NAME = "<script>alert(1)</script> Lò <b>Thị</b> Mai";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt; Lò &lt;b&gt;Thị&lt;/b&gt; Mai";
    static final String UNIT = "<img src=x onerror=alert(2)> Xã Tân Mỹ";

    @Test
    void markupInANomineesNameIsEscapedInPagesAndPrintedLiterallyInTheDocuments() throws Exception {
        long conf = Api.createConference("Hội nghị thử thoát ký tự khen thưởng", false);
        long id = Nominations.approved(conf, "INDIVIDUAL", NAME, UNIT);
        long waiting = Nominations.create(conf, "INDIVIDUAL", NAME, UNIT, false); // on the review page
        Nominations.submit(waiting);
        String c = "/conferences/" + conf + "/nominations";
        for (String[] page : List.of(new String[]{Api.ORGANIZER, c}, new String[]{Api.ORGANIZER, c + "/" + id},
                new String[]{Api.REVIEWER, c + "/review"}, new String[]{Api.APPROVER, c + "/decision"})) {
            var response = Api.page(page[0]).get(page[1]);
            org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), page[1]);
            String html = response.asString();
            assertTrue(html.contains(ESCAPED), page[1] + " shows the name as text");
            assertFalse(html.contains("<script>alert(1)") || html.contains("<b>Thị</b>")
                    || html.contains("<img src=x"), page[1] + " contains the raw markup");
        }
        for (String pdf : List.of(c + "/documents/list.pdf", c + "/documents/draft-decision.pdf?on=2023-12-05")) {
            byte[] bytes = Api.page(Api.APPROVER).get(pdf).then().statusCode(200).extract().asByteArray();
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains(NAME), pdf + " prints the name literally: " + text);
            }
        }
    }
}
