package vn.tongket.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo conference (seeded in the test profile, where demo mode is on) as the MC and the public see it. */
@QuarkusTest
class DemoDataTest {

    /** Officials of the province named in the seed plan or holding its offices in 2023: never in the demo. */
    private static final List<String> REAL_OFFICIALS = List.of("Lê Ánh Dương", "Dương Văn Thái", "Lâm Thị Hương Thành",
            "Mai Sơn");

    @Test
    void introductionListNamesNoRealOfficialAndFollowsThePlansOrder() throws Exception {
        byte[] pdf = Api.page(Api.REVIEWER).get("/conferences/" + seedConference() + "/introduction.pdf").then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String name : REAL_OFFICIALS) {
                assertFalse(text.contains(name), name + " is a real official: " + text);
            }
            // Issue 19: who presides first, then the Thường trực Tỉnh ủy, HĐND, UBND, then the guests from above,
            // then the rest.
            int presiding = text.indexOf("Đồng chí Vũ Đình Khương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang chủ trì");
            int partyCommittee = text.indexOf("Bí thư Tỉnh ủy Bắc Giang");
            int council = text.indexOf("Chủ tịch HĐND tỉnh");
            int guest = text.indexOf("Phó Cục trưởng");
            int front = text.indexOf("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
            assertTrue(presiding >= 0 && partyCommittee > presiding && council > partyCommittee && guest > council
                    && front > guest, "the plan's order: " + text);
        }
    }

    @Test
    void theSecondConferenceIsInTheTwoLevelFormAndWarnsOfNothing() {
        List<Map<String, Object>> all = Api.as(Api.ORGANIZER).get("/api/conferences")
                .then().statusCode(200).extract().jsonPath().getList("$");
        long id = all.stream().filter(c -> DemoData.TWO_LEVEL_TITLE.equals(c.get("title")))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();
        io.restassured.path.json.JsonPath conference = Api.as(Api.ORGANIZER).get("/api/conferences/" + id).then()
                .statusCode(200).extract().jsonPath();
        assertTrue(conference.getString("issuer").endsWith("TỈNH BẮC NINH"), conference.prettify());
        assertEquals(List.of(), conference.getList("warnings"));
        List<String> units = Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/delegates").then().statusCode(200)
                .extract().jsonPath().getList("organization");
        assertTrue(units.contains("Ban Chỉ huy Phòng thủ khu vực 1, Bộ CHQS tỉnh Bắc Ninh")
                && units.contains("UBND phường Kinh Bắc") && units.stream().noneMatch(u -> u.contains("huyện")), units.toString());
    }

    private static long seedConference() {
        List<Map<String, Object>> all = Api.as(Api.ORGANIZER).get("/api/conferences")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(c -> DemoData.SEED_TITLE.equals(c.get("title")))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();
    }
}
