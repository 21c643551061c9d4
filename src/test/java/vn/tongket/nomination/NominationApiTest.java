package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The commendation path through the API: states, roles, quota, audit, decision, awardee delegates. */
@QuarkusTest
class NominationApiTest {

    @Test
    void fullPathForACollectiveAndAnIndividualEndsWithAwardeeDelegatesAndPrizeMoney() {
        long conf = Api.createConference("Hội nghị khen thưởng toàn trình", true);
        long collective = Api.as(Api.ORGANIZER).body("""
                {"kind": "COLLECTIVE", "nomineeName": "Ban CHQS xã Tân Mỹ", "organization": "Xã Tân Mỹ",
                 "grassroots": true, "achievements": "Hoàn thành xuất sắc nhiệm vụ huấn luyện dân quân"}
                """).post("/api/conferences/" + conf + "/nominations").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("kind", equalTo("COLLECTIVE"))
                .body("proposingUnit", equalTo("Bộ Chỉ huy quân sự tỉnh")).extract().jsonPath().getLong("id");
        long individual = Api.as(Api.ORGANIZER).body("""
                {"kind": "INDIVIDUAL", "nomineeName": "Nguyễn Văn Dũng", "position": "Chỉ huy trưởng Ban CHQS xã",
                 "organization": "Xã Đông Sơn", "grassroots": true, "achievements": "Gương mẫu, tận tụy"}
                """).post("/api/conferences/" + conf + "/nominations").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().jsonPath().getLong("id");

        for (long id : List.of(collective, individual)) {
            Councils.carry(id);
            Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/submit").then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"));
            Api.as(Api.REVIEWER).body("{\"decision\": \"APPROVE\"}").post("/api/nominations/" + id + "/review")
                    .then().statusCode(200).body("status", equalTo("APPROVED"));
        }
        Api.as(Api.REVIEWER).get("/api/conferences/" + conf + "/nominations").then().statusCode(200)
                .body("status", equalTo(List.of("APPROVED", "APPROVED")));

        JsonPath decision = Api.as(Api.APPROVER).body("""
                {"number": "163/QĐ-UBND", "signedOn": "2023-12-05", "nominationIds": [%d, %d]}
                """.formatted(individual, collective)).post("/api/conferences/" + conf + "/decisions")
                .then().statusCode(201).extract().jsonPath();
        assertEquals("163/QĐ-UBND", decision.getString("number"));
        assertEquals(List.of(collective, individual), decision.getList("nominations.id", Long.class),
                "collectives first");
        assertEquals(List.of(3_600_000L, 1_800_000L), decision.getList("nominations.prizeAmount", Long.class));
        assertEquals(5_400_000L, decision.getLong("total"));
        assertEquals("DECIDED", Nominations.status(collective));
        assertEquals("DECIDED", Nominations.status(individual));

        List<Map<String, Object>> awardees = Api.as(Api.ORGANIZER)
                .get("/api/conferences/" + conf + "/delegates?category=AWARDEE").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(List.of("Đại diện Ban CHQS xã Tân Mỹ", "Nguyễn Văn Dũng"),
                awardees.stream().map(a -> a.get("fullName")).toList());

        Api.as(Api.ORGANIZER).body("{\"name\": \"Hoàng Thị Yến\", \"position\": \"Chủ tịch UBND xã\"}")
                .put("/api/nominations/" + collective + "/representative").then().statusCode(200)
                .body("representativeName", equalTo("Hoàng Thị Yến"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/delegates?category=AWARDEE").then()
                .body("fullName", hasItem("Hoàng Thị Yến"));

        Api.as(Api.REVIEWER).get("/api/conferences/" + conf + "/nominations/awards").then().statusCode(200)
                .body("nomineeName", equalTo(List.of("Ban CHQS xã Tân Mỹ", "Nguyễn Văn Dũng")));
        Api.as(Api.ORGANIZER).post("/api/nominations/" + individual + "/award").then().statusCode(200)
                .body("status", equalTo("AWARDED"));

        List<Map<String, Object>> history = Api.as(Api.REVIEWER).get("/api/nominations/" + individual + "/history")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("DRAFT", "SUBMITTED", "APPROVED", "DECIDED", "AWARDED"),
                history.stream().map(h -> h.get("to")).toList());
        assertEquals(List.of("bochqs", "bochqs", "sonoivu", "vpubnd", "bochqs"),
                history.stream().map(h -> h.get("actor")).toList());
        assertEquals("SUBMITTED", history.get(2).get("from"));
        assertEquals("163/QĐ-UBND", history.get(3).get("note"));
    }

    @Test
    void returnAndRejectNeedANoteAndAreRecordedWithIt() {
        long conf = Api.createConference("Hội nghị trả lại đề nghị", false);
        long id = Nominations.create(conf, "INDIVIDUAL", "Lê Văn Trả", "Xã Tân Mỹ", true);
        Nominations.submit(id);
        Api.as(Api.REVIEWER).body("{\"decision\": \"RETURN\"}").post("/api/nominations/" + id + "/review")
                .then().statusCode(400).body("violations[0].field", equalTo("note"));
        Api.as(Api.REVIEWER).body("{\"decision\": \"REJECT\", \"note\": \"  \"}").post("/api/nominations/" + id + "/review")
                .then().statusCode(400);
        Api.as(Api.REVIEWER).body("{\"decision\": \"MAYBE\", \"note\": \"x\"}").post("/api/nominations/" + id + "/review")
                .then().statusCode(400);
        assertEquals("SUBMITTED", Nominations.status(id));

        Nominations.review(id, "RETURN", "Bổ sung biên bản họp xét");
        Api.as(Api.ORGANIZER).body("""
                {"kind": "INDIVIDUAL", "nomineeName": "Lê Văn Trả", "position": "Xã đội trưởng",
                 "organization": "Xã Tân Mỹ", "achievements": "Đã bổ sung biên bản họp xét"}
                """).put("/api/nominations/" + id).then().statusCode(200).body("position", equalTo("Xã đội trưởng"));
        Nominations.submit(id);
        Nominations.review(id, "REJECT", "Chưa đủ tiêu chuẩn");
        assertEquals("REJECTED", Nominations.status(id));
        JsonPath history = Api.as(Api.ORGANIZER).get("/api/nominations/" + id + "/history").then().extract().jsonPath();
        assertEquals(List.of("CREATE", "SUBMIT", "RETURN", "EDIT", "SUBMIT", "REJECT"), history.getList("action"));
        assertEquals("Bổ sung biên bản họp xét", history.getString("find { it.action == 'RETURN' }.note"));
        assertEquals("Chưa đủ tiêu chuẩn", history.getString("find { it.action == 'REJECT' }.note"));
    }

    @Test
    void everyTransitionOutsideTheTableIsRefusedWithTheCurrentStateAndWhatIsAllowed() {
        long conf = Api.createConference("Hội nghị chuyển trạng thái sai", false);
        long draft = Nominations.create(conf, "INDIVIDUAL", "Nháp Văn A", "Xã Tân Mỹ", true);
        refused(Api.REVIEWER, "/review", draft, "{\"decision\": \"APPROVE\"}", "Nháp");
        Api.as(Api.REVIEWER).body("{\"decision\": \"APPROVE\"}").post("/api/nominations/" + draft + "/review")
                .then().body("detail", containsString("gửi thẩm định"));
        refused(Api.ORGANIZER, "/award", draft, null, "Nháp");
        Api.as(Api.APPROVER).body("{\"number\": \"1/QĐ-UBND\", \"signedOn\": \"2023-12-05\", \"nominationIds\": [%d]}"
                .formatted(draft)).post("/api/conferences/" + conf + "/decisions").then().statusCode(409);

        long submitted = Nominations.create(conf, "INDIVIDUAL", "Đã Gửi B", "Xã Tân Mỹ", true);
        Nominations.submit(submitted);
        refused(Api.ORGANIZER, "/submit", submitted, null, "Đã gửi thẩm định");
        refused(Api.ORGANIZER, "/award", submitted, null, "Đã gửi thẩm định");
        Api.as(Api.ORGANIZER).body("""
                {"kind": "INDIVIDUAL", "nomineeName": "Sửa C", "position": "Xã đội trưởng", "organization": "Xã Tân Mỹ",
                 "achievements": "x"}""").put("/api/nominations/" + submitted).then().statusCode(409);

        long approved = Nominations.approved(conf, "INDIVIDUAL", "Đã Duyệt D", "Xã Tân Mỹ");
        refused(Api.REVIEWER, "/review", approved, "{\"decision\": \"REJECT\", \"note\": \"muộn\"}", "Đã thẩm định");
        refused(Api.ORGANIZER, "/submit", approved, null, "Đã thẩm định");

        long rejected = Nominations.create(conf, "INDIVIDUAL", "Không Duyệt E", "Xã Tân Mỹ", true);
        Nominations.submit(rejected);
        Nominations.review(rejected, "REJECT", "Không đủ tiêu chuẩn");
        refused(Api.ORGANIZER, "/withdraw", rejected, null, "Không duyệt");
        refused(Api.ORGANIZER, "/submit", rejected, null, "không còn thao tác nào");

        long withdrawn = Nominations.create(conf, "INDIVIDUAL", "Đã Rút F", "Xã Tân Mỹ", true);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + withdrawn + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        refused(Api.ORGANIZER, "/submit", withdrawn, null, "Đã rút");
        refused(Api.ORGANIZER, "/withdraw", withdrawn, null, "Đã rút");

        Api.as(Api.APPROVER).body("{\"number\": \"2/QĐ-UBND\", \"signedOn\": \"2023-12-05\", \"nominationIds\": [%d]}"
                .formatted(approved)).post("/api/conferences/" + conf + "/decisions").then().statusCode(201);
        refused(Api.ORGANIZER, "/withdraw", approved, null, "Đã có quyết định");
        Api.as(Api.APPROVER).body("{\"number\": \"3/QĐ-UBND\", \"signedOn\": \"2023-12-05\", \"nominationIds\": [%d]}"
                .formatted(approved)).post("/api/conferences/" + conf + "/decisions").then().statusCode(409);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + approved + "/award").then().statusCode(200);
        refused(Api.ORGANIZER, "/award", approved, null, "Đã trao thưởng");
        Api.as(Api.ORGANIZER).header("Accept-Language", "en").post("/api/nominations/" + approved + "/award").then()
                .statusCode(409).body("detail", containsString("Awarded"));
    }

    @Test
    void decisionOverANominationThatIsNotApprovedChangesNothing() {
        long conf = Api.createConference("Hội nghị quyết định không hợp lệ", false);
        long approved = Nominations.approved(conf, "COLLECTIVE", "Ban CHQS xã Hợp Lệ", "Xã Hợp Lệ");
        long submitted = Nominations.create(conf, "INDIVIDUAL", "Chưa Duyệt G", "Xã Tân Mỹ", true);
        Nominations.submit(submitted);
        Api.as(Api.APPROVER).body("{\"number\": \"9/QĐ-UBND\", \"signedOn\": \"2023-12-05\", \"nominationIds\": [%d, %d]}"
                        .formatted(approved, submitted)).post("/api/conferences/" + conf + "/decisions").then()
                .statusCode(409).body("detail", containsString("Đã gửi thẩm định"));
        assertEquals("APPROVED", Nominations.status(approved));
        Api.as(Api.APPROVER).get("/api/conferences/" + conf + "/decisions").then().body("size()", equalTo(0));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/delegates?category=AWARDEE").then()
                .body("size()", equalTo(0));
        Api.as(Api.APPROVER).body("{\"number\": \"\", \"signedOn\": \"2023-12-05\", \"nominationIds\": []}")
                .post("/api/conferences/" + conf + "/decisions").then().statusCode(400);
    }

    @Test
    void eachRoleIsRefusedWhereItDoesNotBelong() {
        long conf = Api.createConference("Hội nghị phân quyền khen thưởng", false);
        String body = """
                {"kind": "COLLECTIVE", "nomineeName": "Ban CHQS xã Quyền", "organization": "Xã Quyền",
                 "achievements": "x"}""";
        for (String user : List.of(Api.REVIEWER, Api.APPROVER)) {
            Api.as(user).body(body).post("/api/conferences/" + conf + "/nominations").then().statusCode(403);
        }
        long id = Nominations.create(conf, "COLLECTIVE", "Ban CHQS xã Quyền", "Xã Quyền", true);
        for (String user : List.of(Api.REVIEWER, Api.APPROVER)) {
            Api.as(user).post("/api/nominations/" + id + "/submit").then().statusCode(403);
            Api.as(user).post("/api/nominations/" + id + "/withdraw").then().statusCode(403);
            Api.as(user).body("{\"kind\": \"COLLECTIVE\", \"cap\": 5}").put("/api/conferences/" + conf + "/nominations/quota")
                    .then().statusCode(403);
        }
        Nominations.submit(id);
        for (String user : List.of(Api.ORGANIZER, Api.APPROVER, Api.ADMIN)) {
            Api.as(user).body("{\"decision\": \"APPROVE\"}").post("/api/nominations/" + id + "/review").then().statusCode(403);
        }
        Nominations.review(id, "APPROVE", null);
        for (String user : List.of(Api.ORGANIZER, Api.REVIEWER, Api.ADMIN)) {
            Api.as(user).body("{\"number\": \"5/QĐ-UBND\", \"signedOn\": \"2023-12-05\", \"nominationIds\": [%d]}"
                    .formatted(id)).post("/api/conferences/" + conf + "/decisions").then().statusCode(403);
        }
        Api.anonymous().get("/api/conferences/" + conf + "/nominations").then().statusCode(401);
        Api.as(Api.ORGANIZER).body("{\"name\": \"BASE_SALARY\", \"effectiveFrom\": \"2030-01-01\", \"value\": 3000000}")
                .post("/api/prize-rates").then().statusCode(403);
        assertEquals("APPROVED", Nominations.status(id));
    }

    @Test
    void quotaIsEditableButNeverBelowTheSlotsInUseAndAFullKindRefusesSubmission() {
        long conf = Api.createConference("Hội nghị chỉ tiêu", false);
        Api.as(Api.REVIEWER).get("/api/conferences/" + conf + "/nominations/quota").then().statusCode(200)
                .body("COLLECTIVE.cap", equalTo(20)).body("COLLECTIVE.used", equalTo(0))
                .body("INDIVIDUAL.cap", equalTo(20));
        long a = Nominations.create(conf, "COLLECTIVE", "Ban CHQS xã A", "Xã A", true);
        long b = Nominations.create(conf, "COLLECTIVE", "Ban CHQS xã B", "Xã B", false);
        long c = Nominations.create(conf, "COLLECTIVE", "Ban CHQS xã C", "Xã C", false);
        Nominations.submit(a);
        Nominations.submit(b);
        Api.as(Api.ORGANIZER).body("{\"kind\": \"COLLECTIVE\", \"cap\": 1}").put("/api/conferences/" + conf + "/nominations/quota")
                .then().statusCode(409).body("detail", containsString("2"));
        Api.as(Api.ADMIN).body("{\"kind\": \"COLLECTIVE\", \"cap\": 2}").put("/api/conferences/" + conf + "/nominations/quota")
                .then().statusCode(200).body("COLLECTIVE.cap", equalTo(2)).body("COLLECTIVE.used", equalTo(2))
                .body("COLLECTIVE.grassroots", equalTo(1)).body("COLLECTIVE.grassrootsLow", equalTo(false));
        Api.as(Api.ORGANIZER).post("/api/nominations/" + c + "/submit").then().statusCode(409)
                .body("detail", containsString("Đã đủ 2/2 tập thể"));
        Nominations.review(b, "RETURN", "Bổ sung hồ sơ");
        Api.as(Api.ORGANIZER).post("/api/nominations/" + c + "/submit").then().statusCode(409);
        Nominations.submit(b);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + a + "/withdraw").then().statusCode(200);
        Nominations.submit(c);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/nominations/quota").then()
                .body("COLLECTIVE.used", equalTo(2)).body("COLLECTIVE.grassroots", equalTo(0))
                .body("COLLECTIVE.grassrootsLow", equalTo(true)).body("INDIVIDUAL.used", equalTo(0));
    }

    /** The action is refused with 409 and a message naming the current state; the state is unchanged. */
    private static void refused(String user, String action, long id, String body, String expected) {
        String before = Nominations.status(id);
        var request = Api.as(user);
        if (body != null) {
            request = request.body(body);
        }
        request.post("/api/nominations/" + id + action).then().statusCode(409).body("detail", containsString(expected));
        assertEquals(before, Nominations.status(id));
    }
}
