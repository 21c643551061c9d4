package vn.tongket.support;

import io.restassured.path.json.JsonPath;

/**
 * Test helpers for the council's vote (issue 20): a nomination goes to Home Affairs only if the council carried it,
 * so a test that submits first records the council's meeting (three members, all present) and a unanimous count.
 */
public final class Councils {

    private Councils() {
    }

    /** Records a vote that carries each nomination (its conference's council created when it has none). */
    public static void carry(long... nominationIds) {
        for (long id : nominationIds) {
            long conferenceId = Api.as(Api.ORGANIZER).get("/api/nominations/" + id).then().statusCode(200)
                    .extract().jsonPath().getLong("conferenceId");
            int present = ensureCouncil(conferenceId);
            tally(conferenceId, id, present, 0, 0).then().statusCode(200);
        }
    }

    /** Records a carrying vote for every draft of the conference. */
    public static void carryDrafts(long conferenceId) {
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conferenceId + "/nominations").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.status == 'DRAFT' }.id", Long.class)
                .forEach(Councils::carry);
    }

    /** The conference's council, created with three members present when missing; returns the members present. */
    public static int ensureCouncil(long conferenceId) {
        JsonPath council = Api.as(Api.ORGANIZER).get("/api/conferences/" + conferenceId + "/council").then()
                .statusCode(200).extract().jsonPath();
        if (council.get("meeting") == null) {
            Api.as(Api.ORGANIZER).body("""
                    {"heldAt": "2023-11-28T08:00", "place": "Phòng họp Bộ CHQS tỉnh",
                     "councilName": "Hội đồng Thi đua - Khen thưởng Bộ CHQS tỉnh"}
                    """).put("/api/conferences/" + conferenceId + "/council").then().statusCode(200);
        }
        if (council.getInt("total") == 0) {
            addMember(conferenceId, "Nghiêm Văn Thắng", "CHAIR", true);
            addMember(conferenceId, "Mạc Thị Thu", "SECRETARY", true);
            addMember(conferenceId, "Đinh Công Lực", "MEMBER", true);
            return 3;
        }
        return council.getInt("present");
    }

    public static long addMember(long conferenceId, String name, String role, boolean present) {
        return Api.as(Api.ORGANIZER).body("""
                        {"fullName": "%s", "position": "Bộ CHQS tỉnh", "role": "%s", "present": %s}
                        """.formatted(name, role, present))
                .post("/api/conferences/" + conferenceId + "/council/members").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static io.restassured.response.Response tally(long conferenceId, long nominationId, int yes, int no,
                                                         int blank) {
        return Api.as(Api.ORGANIZER).body("{\"yes\": %d, \"no\": %d, \"blank\": %d}".formatted(yes, no, blank))
                .put("/api/conferences/" + conferenceId + "/council/tallies/" + nominationId);
    }
}
