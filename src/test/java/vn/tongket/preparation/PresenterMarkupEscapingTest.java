package vn.tongket.preparation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A presenting unit and a presenter with markup in their names are text on the organiser's pages and the delegate's
 * document page, and printed literally in the combined PDF (contents and programme).
 */
@QuarkusTest
class PresenterMarkupEscapingTest {

    static final String UNIT = "<script>alert(1)</script> Ban CHQS <b>huyện</b>";
    static final String UNIT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt; Ban CHQS &lt;b&gt;huyện&lt;/b&gt;";
    static final String PRESENTER = "Đồng chí <i>Lê</i> Văn Tâm";
    static final String PRESENTER_ESCAPED = "Đồng chí &lt;i&gt;Lê&lt;/i&gt; Văn Tâm";

    @Test
    void markupInPresentationNamesIsEscapedInPagesAndLiteralInTheCombinedPdf() {
        long c = Api.createConference("Hội nghị thử thoát ký tự tham luận", false);
        long delegate = Api.addDelegate(c, "Phạm Văn Đức", "duc.markup@example.vn", "PARTICIPANT", null);
        long p = PresentationTest.request(c, UNIT).getLong("id");
        Api.as(Api.ORGANIZER).contentType("application/octet-stream").body(Pdfs.simple("Nội dung tham luận"))
                .post(PresentationTest.base(c) + "/" + p + "/draft?fileName=tham-luan.pdf").then().statusCode(200);
        Api.as(Api.ORGANIZER).body("""
                {"startsAt": "2023-12-08T09:00", "endsAt": "2023-12-08T09:15", "presenter": "%s"}""".formatted(PRESENTER))
                .post(PresentationTest.base(c) + "/" + p + "/accept").then().statusCode(200);
        String token = Api.as(Api.ORGANIZER).post("/api/conferences/" + c + "/invitations").then()
                .extract().jsonPath().getList("$", Map.class).stream()
                .filter(i -> ((Number) i.get("delegateId")).longValue() == delegate)
                .map(i -> (String) i.get("token")).findFirst().orElseThrow();

        for (String page : List.of("/conferences/" + c + "/presentations", "/conferences/" + c + "/documents",
                "/conferences/" + c)) {
            var response = Api.page(Api.ORGANIZER).get(page);
            org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), page);
            assertEscaped(page, response.asString());
        }
        assertEscaped("delegate's documents", RestAssured.given().get("/documents/" + token).then().statusCode(200)
                .extract().asString());

        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf").get("/api/conferences/" + c + "/documents/combined.pdf")
                .then().statusCode(200).extract().asByteArray();
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains(UNIT), "the unit printed literally: " + text);
        assertTrue(text.contains(PRESENTER), "the presenter printed literally: " + text);
    }

    private static void assertEscaped(String where, String html) {
        assertTrue(html.contains(UNIT_ESCAPED) || html.contains(PRESENTER_ESCAPED), where + " shows the names as text");
        assertFalse(html.contains("<script>alert(1)") || html.contains("<b>huyện</b>") || html.contains("<i>Lê</i>"),
                where + " contains the raw markup");
    }
}
