package vn.tongket.council;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;

import java.io.IOException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The council (issue 20) on the real database: attendance, paper count, share against the threshold, the gate. */
@QuarkusTest
class CouncilApiTest {

    static long nomination(long conferenceId, String kind, String name) {
        return Api.as(Api.ORGANIZER).body("""
                {"kind": "%s", "nomineeName": "%s", "position": "Chỉ huy trưởng Ban CHQS xã",
                 "organization": "Xã Tân Mỹ", "grassroots": true,
                 "achievements": "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2023"}
                """.formatted(kind, name))
                .post("/api/conferences/" + conferenceId + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static void meeting(long conferenceId) {
        Api.as(Api.ORGANIZER).body("""
                {"heldAt": "2024-11-28T08:00", "place": "Phòng họp số 2, Bộ CHQS tỉnh",
                 "councilName": "Hội đồng Thi đua - Khen thưởng Bộ CHQS tỉnh"}
                """).put("/api/conferences/" + conferenceId + "/council").then().statusCode(200);
    }

    @Test
    void aNominationTheCouncilHasNotVotedOnIsNotSubmitted() {
        long conf = Api.createConference("Hội nghị chưa họp Hội đồng", false);
        long id = nomination(conf, "COLLECTIVE", "Ban CHQS xã Chưa Bầu");
        Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/submit").then().statusCode(409)
                .body("detail", containsString("Hội đồng Thi đua - Khen thưởng chưa biểu quyết"))
                .body("detail", containsString("Ban CHQS xã Chưa Bầu"));
        Api.as(Api.ORGANIZER).get("/api/nominations/" + id).then().body("status", equalTo("DRAFT"));
        Councils.carry(id);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void theShareIsCountedOnAllMembersAgainstTheThreshold() {
        long conf = Api.createConference("Hội nghị tỷ lệ phiếu", false);
        meeting(conf);
        for (int i = 1; i <= 10; i++) {
            Councils.addMember(conf, "Thành viên " + i, i == 1 ? "CHAIR" : i == 2 ? "SECRETARY" : "MEMBER", i <= 8);
        }
        long short_ = nomination(conf, "COLLECTIVE", "Ban CHQS xã Thiếu Phiếu");
        long enough = nomination(conf, "INDIVIDUAL", "Hà Văn Đủ");
        // 6 of 10 members is 60%: under 70% even though 6 of the 8 present would be 75%.
        Councils.tally(conf, short_, 6, 2, 0).then().statusCode(200)
                .body("share", equalTo("60")).body("carried", equalTo(false));
        Councils.tally(conf, enough, 7, 1, 0).then().statusCode(200)
                .body("share", equalTo("70")).body("carried", equalTo(true));
        Api.as(Api.ORGANIZER).post("/api/nominations/" + short_ + "/submit").then().statusCode(409)
                .body("detail", containsString("được 60% phiếu đồng ý, dưới tỷ lệ 70%"))
                .body("detail", containsString("06/2022/QH15"));
        Api.as(Api.ORGANIZER).post("/api/nominations/" + enough + "/submit").then().statusCode(200);
        JsonPath council = Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/council").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(8, council.getInt("present"));
        assertEquals(10, council.getInt("total"));
        assertEquals(70, council.getInt("rule.thresholdPercent"));
        assertEquals(false, council.getBoolean("rule.confirmed"), "the rule's article could not be read");
    }

    @Test
    void withoutQuorumNothingCarries() {
        long conf = Api.createConference("Hội nghị thiếu thành viên", false);
        meeting(conf);
        Councils.addMember(conf, "Chủ Tịch", "CHAIR", true);
        Councils.addMember(conf, "Thư Ký", "SECRETARY", false);
        Councils.addMember(conf, "Ủy Viên", "MEMBER", false);
        long id = nomination(conf, "COLLECTIVE", "Ban CHQS xã Vắng");
        Councils.tally(conf, id, 1, 0, 0).then().statusCode(200).body("carried", equalTo(false));
        Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/submit").then().statusCode(409)
                .body("detail", containsString("chỉ có 1/3 thành viên dự họp, chưa đủ 2/3"));
    }

    @Test
    void aPaperCountBeyondTheMembersPresentIsRefusedNamingTheField() {
        long conf = Api.createConference("Hội nghị kiểm phiếu", false);
        meeting(conf);
        Councils.addMember(conf, "Chủ Tịch", "CHAIR", true);
        Councils.addMember(conf, "Thư Ký", "SECRETARY", true);
        Councils.addMember(conf, "Ủy Viên", "MEMBER", false);
        long id = nomination(conf, "COLLECTIVE", "Ban CHQS xã Thừa Phiếu");
        Councils.tally(conf, id, 2, 1, 0).then().statusCode(400)
                .body("violations[0].field", equalTo("yes"))
                .body("detail", equalTo("Tổng số phiếu (3) vượt quá số thành viên Hội đồng có mặt (2)."));
        Councils.tally(conf, id, -1, 0, 0).then().statusCode(400);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/council").then()
                .body("results[0].voted", equalTo(false));
    }

    @Test
    void aReviewerCannotEnterTheCount() {
        long conf = Api.createConference("Hội nghị quyền kiểm phiếu", false);
        meeting(conf);
        long id = nomination(conf, "COLLECTIVE", "Ban CHQS xã Quyền");
        Api.as(Api.REVIEWER).body("{\"yes\": 1, \"no\": 0, \"blank\": 0}")
                .put("/api/conferences/" + conf + "/council/tallies/" + id).then().statusCode(403);
    }

    @Test
    void theMinutesListAttendanceVotesAndConclusion() throws IOException {
        long conf = Api.createConference("Hội nghị biên bản Hội đồng", false);
        meeting(conf);
        Councils.addMember(conf, "Nghiêm Văn Thắng", "CHAIR", true);
        Councils.addMember(conf, "Mạc Thị Thu", "SECRETARY", true);
        Councils.addMember(conf, "Đinh Công Lực", "MEMBER", true);
        Councils.addMember(conf, "Kiều Văn Sơn", "MEMBER", false);
        long a = nomination(conf, "COLLECTIVE", "Ban CHQS xã Hồng Thái");
        long b = nomination(conf, "INDIVIDUAL", "Lê Văn Bình");
        Councils.tally(conf, a, 3, 0, 0).then().statusCode(200);
        Councils.tally(conf, b, 2, 1, 0).then().statusCode(200);

        byte[] pdf = Api.page(Api.ORGANIZER).get("/conferences/" + conf + "/council/minutes.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "council-minutes.pdf"), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (String expected : new String[]{"BIÊN BẢN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "08 giờ 00 phút, thứ Năm, ngày 28/11/2024", "Phòng họp số 2, Bộ CHQS tỉnh",
                "Tổng số thành viên Hội đồng: 4; có mặt: 3; vắng mặt: 1", "Kiều Văn Sơn",
                "Ban CHQS xã Hồng Thái", "75%", "Lê Văn Bình", "50%", "Không đạt",
                "tặng Bằng khen cho 1/2 tập thể, cá nhân đạt tỷ lệ phiếu đồng ý theo quy định, gồm: Ban CHQS xã Hồng Thái.", "THƯ KÝ HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG",
                "Nghiêm Văn Thắng", "Mạc Thị Thu"}) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
    }
}
