package vn.tongket.reform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2025 reform: a conference held from 01/07/2025 on is warned (not refused) of district-level units and old
 * province names, in the API and on its pages; a review year that does not fit the conference's date is flagged.
 */
@QuarkusTest
class ReformWarningsTest {

    private static final String DISTRICT_COMMAND = "Ban CHQS huyện Lục Nam";

    @Test
    void aDistrictLevelUnitAfterJuly2025Warns() {
        long conf = conference("Hội nghị tổng kết năm 2025 (cấp huyện)", 2025, "2026-01-15",
                "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Bắc Ninh", "Đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh");
        long delegate = delegate(conf, "Vi Văn Khoa", "Chỉ huy trưởng", DISTRICT_COMMAND);

        List<Map<String, Object>> warnings = warnings(conf, "vi");
        assertEquals(1, warnings.size(), warnings.toString());
        Map<String, Object> w = warnings.get(0);
        assertEquals("DISTRICT_LEVEL", w.get("code"));
        assertEquals("delegates[" + delegate + "].organization", w.get("field"));
        assertTrue(((String) w.get("message")).contains(DISTRICT_COMMAND)
                && ((String) w.get("message")).contains("72/2025/QH15"), w.toString());

        String english = (String) warnings(conf, "en").get(0).get("message");
        assertTrue(english.contains("district-level unit"), english);

        String page = Api.page(Api.ORGANIZER).get("/conferences/" + conf).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"reform-warnings\"") && page.contains(DISTRICT_COMMAND), page);
        String edit = Api.page(Api.ORGANIZER).get("/conferences/" + conf + "/delegates/" + delegate + "/edit").then()
                .statusCode(200).extract().asString();
        assertTrue(edit.contains("id=\"reform-warnings\"") && edit.contains("data-code=\"DISTRICT_LEVEL\""), edit);
    }

    @Test
    void theSameUnitBeforeJuly2025DoesNotWarn() {
        long conf = conference("Hội nghị tổng kết năm 2024 (cấp huyện)", 2024, "2024-12-20",
                "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Bắc Giang", "Đường Võ Nguyên Giáp, thành phố Bắc Giang");
        long delegate = delegate(conf, "Vi Văn Khoa", "Chỉ huy trưởng", DISTRICT_COMMAND);

        assertEquals(List.of(), warnings(conf, "vi"));
        String page = Api.page(Api.ORGANIZER).get("/conferences/" + conf).then().statusCode(200).extract().asString();
        assertFalse(page.contains("reform-warnings"), "no warning before the reform");
        String edit = Api.page(Api.ORGANIZER).get("/conferences/" + conf + "/delegates/" + delegate + "/edit").then()
                .statusCode(200).extract().asString();
        assertFalse(edit.contains("reform-warnings"));
    }

    @Test
    void anOldProvinceNameAfterTheMergerWarnsButAWardOfThatNameDoesNot() {
        long conf = conference("Hội nghị tổng kết năm 2025 (tên tỉnh cũ)", 2025, "2025-12-18",
                "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Bắc Ninh", "Đường Võ Nguyên Giáp, phường Bắc Giang, tỉnh Bắc Ninh");
        long delegate = delegate(conf, "Lăng Thị Mến", "Giám đốc", "Công an tỉnh Bắc Giang");

        List<Map<String, Object>> warnings = warnings(conf, "vi");
        assertEquals(List.of("issuer", "delegates[" + delegate + "].organization"),
                warnings.stream().map(w -> w.get("field")).toList(), warnings.toString());
        assertTrue(warnings.stream().allMatch(w -> "OLD_PROVINCE_NAME".equals(w.get("code"))));
        assertTrue(((String) warnings.get(0).get("message")).contains("tỉnh Bắc Ninh"), warnings.toString());
    }

    @Test
    void aNominationOfADistrictUnitAfterTheReformWarnsOnItsPage() {
        long conf = conference("Hội nghị tổng kết năm 2025 (khen thưởng)", 2025, "2026-01-16",
                "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Bắc Ninh", "phường Kinh Bắc, tỉnh Bắc Ninh");
        long nomination = Api.as(Api.ORGANIZER).body("""
                {"kind": "COLLECTIVE", "nomineeName": "Ban CHQS huyện Yên Thế", "organization": "Ban CHQS huyện Yên Thế",
                 "grassroots": false, "achievements": "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2025"}
                """).post("/api/conferences/" + conf + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        List<Map<String, Object>> warnings = warnings(conf, "vi");
        assertEquals(List.of("nominations[" + nomination + "].organization"),
                warnings.stream().map(w -> w.get("field")).toList(), warnings.toString());
        String page = Api.page(Api.ORGANIZER).get("/conferences/" + conf + "/nominations/" + nomination).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("data-code=\"DISTRICT_LEVEL\"") && page.contains("Ban CHQS huyện Yên Thế"), page);
    }

    @Test
    void aReviewYearThatDoesNotFitTheDateIsFlagged() {
        assertEquals(List.of("reviewYear"), fields(conference("Tổng kết năm sau ngày họp", 2027, "2026-12-10",
                "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Bắc Ninh", "phường Kinh Bắc")));
        assertEquals(List.of("reviewYear"), fields(conference("Tổng kết hai năm trước", 2021, "2023-12-08",
                "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Bắc Giang", "thành phố Bắc Giang")));
        assertEquals(List.of(), fields(conference("Tổng kết cuối năm", 2026, "2026-12-10",
                "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Bắc Ninh", "phường Kinh Bắc")));
        long january = conference("Tổng kết đầu năm sau", 2025, "2026-01-08",
                "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Bắc Ninh", "phường Kinh Bắc");
        assertEquals(List.of(), fields(january));

        Api.as(Api.ORGANIZER).body(body("Tổng kết đầu năm sau", 2024, "2026-01-08", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
                "Bắc Ninh", "phường Kinh Bắc")).put("/api/conferences/" + january).then().statusCode(200)
                .body("warnings[0].code", org.hamcrest.Matchers.equalTo("REVIEW_YEAR"));
        String page = Api.page(Api.ORGANIZER).get("/conferences/" + january).then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-code=\"REVIEW_YEAR\""), page);
    }

    @Test
    void theTwoLevelFormHasItsOwnLevelsAndTheyAreGuessedFromTheName() {
        for (String level : List.of("WARD", "SPECIAL_ZONE", "REGIONAL_DEFENCE_COMMAND")) {
            Api.as(Api.ADMIN).body("""
                    {"name": "Đơn vị thử cấp %s", "level": "%s", "grassroots": false}
                    """.formatted(level, level)).post("/api/organizations").then().statusCode(200)
                    .body("level", org.hamcrest.Matchers.equalTo(level));
        }
        long conf = conference("Hội nghị tổng kết năm 2026 (cấp đơn vị)", 2026, "2026-12-15",
                "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Bắc Ninh", "phường Kinh Bắc, tỉnh Bắc Ninh");
        delegate(conf, "Đào Văn Tiến", "Chỉ huy trưởng", "Ban Chỉ huy Phòng thủ khu vực 9, Bộ CHQS tỉnh Bắc Ninh");
        delegate(conf, "Lò Thị Sen", "Chủ tịch", "UBND phường Vũ Ninh");
        delegate(conf, "Tạ Văn Biển", "Chủ tịch", "UBND đặc khu Thử Nghiệm");
        List<Map<String, Object>> orgs = Api.as(Api.REVIEWER).get("/api/organizations").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> levels = new java.util.HashMap<>();
        orgs.forEach(o -> levels.put((String) o.get("name"), o.get("level")));
        assertEquals("REGIONAL_DEFENCE_COMMAND", levels.get("Ban Chỉ huy Phòng thủ khu vực 9, Bộ CHQS tỉnh Bắc Ninh"));
        assertEquals("WARD", levels.get("UBND phường Vũ Ninh"));
        assertEquals("SPECIAL_ZONE", levels.get("UBND đặc khu Thử Nghiệm"));
        assertEquals(List.of(), warnings(conf, "vi"), "the two-level form is not warned");
    }

    private static List<Object> fields(long conference) {
        return warnings(conference, "vi").stream().map(w -> w.get("field")).toList();
    }

    private static List<Map<String, Object>> warnings(long conference, String language) {
        JsonPath json = Api.as(Api.REVIEWER).header("Accept-Language", language).get("/api/conferences/" + conference)
                .then().statusCode(200).extract().jsonPath();
        return json.getList("warnings");
    }

    private static long conference(String title, int reviewYear, String day, String issuer, String place,
                                   String address) {
        return Api.as(Api.ORGANIZER).body(body(title, reviewYear, day, issuer, place, address))
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String body(String title, int reviewYear, String day, String issuer, String place, String address) {
        return """
                {"title": "%s", "reviewYear": %d, "startsAt": "%sT07:30", "endsAt": "%sT11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "%s"},
                 "issuer": "%s", "place": "%s"}
                """.formatted(title, reviewYear, day, day, address, issuer, place);
    }

    private static long delegate(long conference, String name, String position, String organization) {
        return Api.as(Api.ORGANIZER).body("""
                {"fullName": "%s", "position": "%s", "organization": "%s", "category": "PARTICIPANT"}
                """.formatted(name, position, organization))
                .post("/api/conferences/" + conference + "/delegates").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
