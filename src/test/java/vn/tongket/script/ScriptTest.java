package vn.tongket.script;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MC's script from the agenda, the introduction list and the awards, as JSON and as PDF (issue 21). */
@QuarkusTest
class ScriptTest {

    @Test
    void theScriptFollowsTheAgendaIntroducesInOrderCallsAwardeesInGroupsAndPauses() {
        long c = Api.createConference("Hội nghị tổng kết có kịch bản", true);
        Arranged a = arrange(c, "Hội nghị tổng kết có kịch bản");

        JsonPath script = Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/script").then().statusCode(200)
                .extract().jsonPath();
        List<String> kinds = script.getList("kind");
        assertEquals(List.of("OPENING", "REPORT", "PRESENTATION", "BREAK", "SPEECH", "AWARDS", "CLOSING"), kinds);
        assertEquals(List.of("07:30", "07:45", "08:30", "09:45", "10:00", "10:30", "11:00"), script.getList("time"));
        assertEquals(List.of(15, 45, 75, 15, 30, 30, 30), script.getList("durationMinutes"));
        assertEquals(List.of("0:15", "1:00", "2:15", "2:30", "3:00", "3:30", "4:00"), script.getList("runningTime"));

        List<String> opening = script.getList("[0].words");
        assertTrue(opening.get(0).startsWith("Kính thưa các đồng chí"), opening.get(0));
        int presiding = opening.indexOf("Trân trọng giới thiệu đồng chí Trung tá Vũ Đình Khương, Phó Bí thư Tỉnh ủy, "
                + "Chủ tịch UBND xã Tân Mỹ, chủ trì Hội nghị.");
        int standing = indexOf(opening, "Trân trọng giới thiệu đồng chí Đỗ Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy");
        int guest = indexOf(opening, "Trân trọng giới thiệu đồng chí Đại tá Lê Minh Hải, Phó Tư lệnh Quân khu 1.");
        int participant = indexOf(opening, "Trân trọng giới thiệu đồng chí Phạm Thị Lan");
        int awardee = indexOf(opening, "Trân trọng giới thiệu đại diện Ban Chỉ huy quân sự xã An Bình");
        assertTrue(presiding >= 0 && presiding < standing && standing < guest && guest < participant
                && participant < awardee, String.join("\n", opening));

        assertEquals(List.of("Hội nghị nghỉ giải lao 15 phút. Đúng 10:00, xin mời các đồng chí trở lại hội trường "
                + "để tiếp tục chương trình."), script.getList("[3].words"));
        assertEquals("Xin trân trọng kính mời đại diện Bộ Chỉ huy Quân sự tỉnh lên trình bày báo cáo tổng kết công tác "
                + "QPĐP năm 2023 và phương hướng, nhiệm vụ năm 2024.", script.getString("[1].words[0]"));

        // Stage groups of 3 (%test.tongket.script.stage-group-size): 4 awardees in the awards list's order make 3 + 1.
        List<String> awards = script.getList("[5].words");
        List<String> expected = new ArrayList<>();
        expected.add("Xin trân trọng kính mời đồng chí ………… lên công bố Quyết định tặng Bằng khen của Chủ tịch Ủy ban "
                + "nhân dân tỉnh.");
        expected.add("Xin mời các tập thể, cá nhân sau đây lên nhận Bằng khen (đợt 1/2):");
        for (int i = 0; i < 3; i++) {
            expected.add((i + 1) + ". " + a.awardees.get(i));
        }
        String handOver = "Xin trân trọng kính mời đồng chí Trung tá Vũ Đình Khương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND xã "
                + "Tân Mỹ lên trao thưởng.";
        expected.add(handOver);
        expected.add("Xin mời các tập thể, cá nhân sau đây lên nhận Bằng khen (đợt 2/2):");
        expected.add("4. " + a.awardees.get(3));
        expected.add(handOver);
        expected.add("Xin chúc mừng các tập thể, cá nhân được khen thưởng. Xin mời các đồng chí trở về vị trí.");
        assertEquals(expected, awards);
        assertEquals(List.of("Ban Chỉ huy quân sự xã An Bình", "Ban Chỉ huy quân sự xã Bảo Đài",
                "Đồng chí Hoàng Văn Thụ, Chỉ huy trưởng Ban Chỉ huy quân sự xã Cẩm Lý",
                "Đồng chí Nông Văn Dền, Chỉ huy trưởng Ban Chỉ huy quân sự xã Đông Phú"), a.awardees,
                "collectives first, then individuals, in the awards list's order");

        assertEquals(List.of("Xin trân trọng kính mời đồng chí Đại tá Lê Minh Hải, Phó Tư lệnh Quân khu 1 phát biểu ý kiến."),
                script.getList("[4].words"), "the first guest from above speaks for the higher level");
        List<String> closing = script.getList("[6].words");
        assertTrue(closing.get(closing.size() - 1).endsWith("Hội nghị xin được bế mạc."), closing.toString());
        assertEquals("Đồng chí Trung tá Vũ Đình Khương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND xã Tân Mỹ",
                script.getString("[6].speaker"));
    }

    @Test
    void theScriptPdfReadsBackInOrder() throws Exception {
        long c = Api.createConference("Hội nghị kịch bản in", true);
        arrange(c, "Hội nghị kịch bản in");
        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf").get("/api/conferences/" + c + "/script.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "script"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "script", "kich-ban-" + c + ".pdf"), pdf);
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
        }
        int at = -1;
        for (String expected : List.of("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "KỊCH BẢN ĐIỀU HÀNH", "Hội nghị kịch bản in", "07:30", "Kính thưa các đồng chí",
                "Đại tá Lê Minh Hải", "Phạm Thị Lan", "Nghỉ giải lao", "Ban Chỉ huy quân sự xã An Bình",
                "Nông Văn Dền", "lên trao thưởng", "Hội nghị xin được bế mạc")) {
            int found = text.indexOf(expected, at + 1);
            assertTrue(found > at, expected + " after position " + at + " in " + text);
            at = found;
        }
    }

    @Test
    void readersOfTheConferenceReadTheScriptOthersDoNot() {
        long c = Api.createConference("Hội nghị kịch bản quyền đọc", true);
        Api.as(Api.REVIEWER).get("/api/conferences/" + c + "/script").then().statusCode(200)
                .body("kind", hasItem("CLOSING"));
        Api.as(Api.APPROVER).get("/api/conferences/" + c + "/script").then().statusCode(200);
        Api.as(Api.FINANCE).get("/api/conferences/" + c + "/script").then().statusCode(403);
        Api.anonymous().get("/api/conferences/" + c + "/script").then().statusCode(401);
        Api.as(Api.ORGANIZER).get("/api/conferences/999999999/script").then().statusCode(404);
        long bare = Api.createConference("Hội nghị chưa có chương trình", false);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + bare + "/script").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
        Api.as(Api.ORGANIZER).header("Accept-Language", "en").get("/api/conferences/" + c + "/script").then()
                .statusCode(200).body("[0].words[0]", org.hamcrest.Matchers.startsWith("Distinguished leaders"));
    }

    private record Arranged(List<String> awardees) {
    }

    /** Three delegates (one of the provincial standing, presiding), four decided awards. */
    private static Arranged arrange(long c, String title) {
        long chairman = delegate(c, """
                {"fullName": "Vũ Đình Khương", "rank": "Trung tá", "partyTitle": "Phó Bí thư Tỉnh ủy",
                 "position": "Chủ tịch UBND", "organization": "Xã Tân Mỹ", "category": "PARTICIPANT",
                 "precedence": 50, "provincialStanding": true}""");
        delegate(c, """
                {"fullName": "Đỗ Văn Bình", "partyTitle": "Ủy viên Ban Thường vụ Tỉnh ủy", "position": "Phó Chủ tịch",
                 "organization": "HĐND tỉnh Bắc Giang", "category": "GUEST", "precedence": 60,
                 "provincialStanding": true}""");
        delegate(c, """
                {"fullName": "Lê Minh Hải", "rank": "Đại tá", "position": "Phó Tư lệnh",
                 "organization": "Bộ Tư lệnh Quân khu 1", "category": "GUEST", "precedence": 20}""");
        delegate(c, """
                {"fullName": "Phạm Thị Lan", "position": "Chủ tịch UBND", "organization": "Xã Yên Lư",
                 "category": "PARTICIPANT", "precedence": 5}""");
        Api.as(Api.ORGANIZER).body("""
                {"title": "%s", "reviewYear": 2023, "startsAt": "2023-12-08T07:30", "endsAt": "2023-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Đường Võ Nguyên Giáp, Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang",
                 "protocol": {"presidingDelegateId": %d}}""".formatted(title, chairman))
                .put("/api/conferences/" + c).then().statusCode(200);

        List<Long> ids = new ArrayList<>();
        // Created out of order: the script must follow the presentation order, not the order of entry.
        ids.add(nomination(c, "INDIVIDUAL", "Nông Văn Dền", "Xã Đông Phú"));
        ids.add(nomination(c, "COLLECTIVE", "Ban CHQS xã Bảo Đài", "Xã Bảo Đài"));
        ids.add(nomination(c, "INDIVIDUAL", "Hoàng Văn Thụ", "Xã Cẩm Lý"));
        ids.add(nomination(c, "COLLECTIVE", "Ban CHQS xã An Bình", "Xã An Bình"));
        Councils.carry(ids.stream().mapToLong(Long::longValue).toArray());
        for (long id : ids) {
            Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/submit").then().statusCode(200);
            Api.as(Api.REVIEWER).body("{\"decision\": \"APPROVE\", \"note\": null}")
                    .post("/api/nominations/" + id + "/review").then().statusCode(200);
        }
        Api.as(Api.APPROVER).body(Map.of("number", "21" + c + "/QĐ-UBND", "signedOn", "2023-12-05", "nominationIds", ids))
                .post("/api/conferences/" + c + "/decisions").then().statusCode(201);
        List<String> order = Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/nominations/awards").then().statusCode(200)
                .extract().jsonPath().getList("nomineeName");
        List<String> named = new ArrayList<>();
        for (String name : order) {
            named.add(switch (name) {
                case "Ban CHQS xã An Bình" -> "Ban Chỉ huy quân sự xã An Bình";
                case "Ban CHQS xã Bảo Đài" -> "Ban Chỉ huy quân sự xã Bảo Đài";
                case "Hoàng Văn Thụ" -> "Đồng chí Hoàng Văn Thụ, Chỉ huy trưởng Ban Chỉ huy quân sự xã Cẩm Lý";
                default -> "Đồng chí Nông Văn Dền, Chỉ huy trưởng Ban Chỉ huy quân sự xã Đông Phú";
            });
        }
        return new Arranged(named);
    }

    private static long delegate(long c, String json) {
        return Api.as(Api.ORGANIZER).body(json).post("/api/conferences/" + c + "/delegates").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long nomination(long c, String kind, String name, String organization) {
        return Api.as(Api.ORGANIZER).body("""
                {"kind": "%s", "nomineeName": "%s", "position": "Chỉ huy trưởng Ban CHQS xã",
                 "organization": "%s", "grassroots": true,
                 "achievements": "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2023"}
                """.formatted(kind, name, organization))
                .post("/api/conferences/" + c + "/nominations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static int indexOf(List<String> words, String prefix) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
