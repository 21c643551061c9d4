package vn.tongket.support;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.function.Supplier;

/**
 * Test helpers for the council's vote (issue 20): a nomination goes to Home Affairs only if the council carried it,
 * so a test that submits first records the council's meeting (three members, all present) and a unanimous count.
 */
public final class Councils {

    private Councils() {
    }

    /** Records a vote that carries each nomination (its conference's council created when it has none). */
    public static void carry(long... nominationIds) {
        carryAs(() -> Api.as(Api.ORGANIZER), nominationIds);
    }

    /** As {@link #carry}, for a profile without the demo accounts: {@code who} is an account that organises. */
    public static void carryAs(Supplier<RequestSpecification> who, long... nominationIds) {
        for (long id : nominationIds) {
            long conferenceId = who.get().get("/api/nominations/" + id).then().statusCode(200)
                    .extract().jsonPath().getLong("conferenceId");
            int present = ensureCouncil(who, conferenceId);
            tally(who, conferenceId, id, present, 0, 0).then().statusCode(200);
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
        return ensureCouncil(() -> Api.as(Api.ORGANIZER), conferenceId);
    }

    private static int ensureCouncil(Supplier<RequestSpecification> who, long conferenceId) {
        JsonPath council = who.get().get("/api/conferences/" + conferenceId + "/council").then()
                .statusCode(200).extract().jsonPath();
        if (council.get("meeting") == null) {
            who.get().body("""
                    {"heldAt": "2023-11-28T08:00", "place": "Phòng họp Bộ CHQS tỉnh",
                     "councilName": "Hội đồng Thi đua - Khen thưởng Bộ CHQS tỉnh"}
                    """).put("/api/conferences/" + conferenceId + "/council").then().statusCode(200);
        }
        if (council.getInt("total") == 0) {
            addMember(who, conferenceId, "Nghiêm Văn Thắng", "CHAIR", true);
            addMember(who, conferenceId, "Mạc Thị Thu", "SECRETARY", true);
            addMember(who, conferenceId, "Đinh Công Lực", "MEMBER", true);
            return 3;
        }
        return council.getInt("present");
    }

    public static long addMember(long conferenceId, String name, String role, boolean present) {
        return addMember(() -> Api.as(Api.ORGANIZER), conferenceId, name, role, present);
    }

    private static long addMember(Supplier<RequestSpecification> who, long conferenceId, String name, String role,
                                  boolean present) {
        return who.get().body("""
                        {"fullName": "%s", "position": "Bộ CHQS tỉnh", "role": "%s", "present": %s}
                        """.formatted(name, role, present))
                .post("/api/conferences/" + conferenceId + "/council/members").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static io.restassured.response.Response tally(long conferenceId, long nominationId, int yes, int no,
                                                         int blank) {
        return tally(() -> Api.as(Api.ORGANIZER), conferenceId, nominationId, yes, no, blank);
    }

    private static io.restassured.response.Response tally(Supplier<RequestSpecification> who, long conferenceId,
                                                          long nominationId, int yes, int no, int blank) {
        return who.get().body("{\"yes\": %d, \"no\": %d, \"blank\": %d}".formatted(yes, no, blank))
                .put("/api/conferences/" + conferenceId + "/council/tallies/" + nominationId);
    }
}
