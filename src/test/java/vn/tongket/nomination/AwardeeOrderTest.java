package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19: the same awardees in the same order in the awards page and the MC's introduction list, across decisions. */
@QuarkusTest
class AwardeeOrderTest {

    @Test
    void theMcIntroducesAwardeesInTheAwardsOrderEvenWhenALaterDecisionAddsAUnit() throws Exception {
        long conf = Api.createConference("Hội nghị thứ tự khen thưởng", false);
        long person = Nominations.approved(conf, "INDIVIDUAL", "Hoàng Văn Thụ", "Xã Đông Sơn");
        long unit = Nominations.approved(conf, "COLLECTIVE", "Ban CHQS xã Tân Mỹ", "Xã Tân Mỹ");
        decide(conf, "21/QĐ-UBND", person);
        decide(conf, "22/QĐ-UBND", unit);

        List<String> awards = Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/nominations/awards").then().statusCode(200)
                .extract().jsonPath().getList("nomineeName");
        assertEquals(List.of("Ban CHQS xã Tân Mỹ", "Hoàng Văn Thụ"), awards, "collectives first on the awards page");

        byte[] pdf = Api.page(Api.ORGANIZER).get("/conferences/" + conf + "/introduction.pdf").then().statusCode(200)
                .extract().asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        int unitLine = text.indexOf("Ban Chỉ huy quân sự xã Tân Mỹ");
        int personLine = text.indexOf("Hoàng Văn Thụ");
        assertTrue(unitLine > 0 && personLine > unitLine, "the MC follows the awards order: " + text);
    }

    private static void decide(long conf, String number, long nomination) {
        Api.as(Api.APPROVER).body("{\"number\": \"%s\", \"signedOn\": \"2023-12-05\", \"nominationIds\": [%d]}"
                        .formatted(number, nomination))
                .post("/api/conferences/" + conf + "/decisions").then().statusCode(201);
    }
}
