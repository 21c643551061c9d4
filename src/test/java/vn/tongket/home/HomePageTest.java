package vn.tongket.home;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.path.xml.element.Node;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;

import java.time.Year;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The home page shows each role what waits for it in each current conference, with counts and links. */
@QuarkusTest
class HomePageTest {

    @Test
    void theReviewerSeesTheNominationsToVetAndTheApproverTheOnesToDecide() {
        long conference = Api.createConference("Hội nghị việc chờ thẩm định", false);
        long first = nomination(conference, "Nguyễn Văn Chờ");
        long second = nomination(conference, "Trần Văn Đợi");
        submit(first);
        submit(second);

        assertEquals(Map.of("TO_REVIEW", "2 /conferences/" + conference + "/nominations/review"),
                work(Api.REVIEWER, conference));
        assertNull(work(Api.APPROVER, conference), "nothing approved yet");

        Api.as(Api.REVIEWER).body("{\"decision\": \"APPROVE\"}").post("/api/nominations/" + first + "/review")
                .then().statusCode(200);
        assertEquals(Map.of("TO_REVIEW", "1 /conferences/" + conference + "/nominations/review"),
                work(Api.REVIEWER, conference));
        assertEquals(Map.of("TO_DECIDE", "1 /conferences/" + conference + "/nominations/decision"),
                work(Api.APPROVER, conference));
    }

    @Test
    void theOrganiserSeesAnswersMissingAndNominationsReturned() {
        long conference = futureConference("Hội nghị việc chờ Bộ CHQS");
        Api.addDelegate(conference, "Lê Văn Chưa Trả Lời", null, "GUEST", null);
        Api.addDelegate(conference, "Phạm Thị Chưa Trả Lời", null, "GUEST", null);
        Api.as(Api.ORGANIZER).post("/api/conferences/" + conference + "/invitations").then().statusCode(
                org.hamcrest.Matchers.oneOf(200, 201));
        long returned = nomination(conference, "Hoàng Văn Trả Lại");
        submit(returned);
        Api.as(Api.REVIEWER).body("{\"decision\": \"RETURN\", \"note\": \"Thiếu thành tích\"}")
                .post("/api/nominations/" + returned + "/review").then().statusCode(200);

        assertEquals(Map.of("ANSWERS_MISSING", "2 /conferences/" + conference + "/invitations",
                        "RETURNED", "1 /conferences/" + conference + "/nominations"),
                work(Api.ORGANIZER, conference));
        assertNull(work(Api.REVIEWER, conference), "a returned nomination waits for the organiser, not the reviewer");
    }

    /** The items shown for the conference on the user's home page: kind -> "count link"; null when none. */
    private static Map<String, String> work(String user, long conference) {
        String html = Api.page(user).get("/").then().statusCode(200).extract().asString();
        Node section = new XmlPath(XmlPath.CompatibilityMode.HTML, html)
                .get("**.find { it.@id == 'work-" + conference + "' }");
        if (section == null) {
            return null;
        }
        List<Node> links = section.getNode("ul").children().list().stream().map(li -> li.getNode("a")).toList();
        java.util.Map<String, String> items = new java.util.HashMap<>();
        for (Node a : links) {
            items.put(a.getAttribute("data-kind"), a.getNode("b").value() + " " + a.getAttribute("href"));
        }
        return items;
    }

    private static long nomination(long conference, String name) {
        return Api.as(Api.ORGANIZER).body("""
                {"kind": "INDIVIDUAL", "nomineeName": "%s", "position": "Chỉ huy trưởng Ban CHQS xã",
                 "organization": "Xã Tân Mỹ", "grassroots": true,
                 "achievements": "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2023"}
                """.formatted(name))
                .post("/api/conferences/" + conference + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void submit(long nomination) {
        Councils.carry(nomination);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + nomination + "/submit").then().statusCode(200);
    }

    private static long futureConference(String title) {
        int year = Year.now().getValue() + 1;
        return Api.as(Api.ORGANIZER).body("""
                {"title": "%s", "reviewYear": %d, "startsAt": "%d-12-08T07:30", "endsAt": "%d-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Đường Võ Nguyên Giáp, Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang"}
                """.formatted(title, year - 1, year, year))
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
