package vn.tongket.nomination;

import vn.tongket.support.Api;
import vn.tongket.support.Councils;

/** Test helpers: nominations created and moved through the API as the demo accounts. */
final class Nominations {

    private Nominations() {
    }

    static long create(long conferenceId, String kind, String name, String organization, boolean grassroots) {
        return Api.as(Api.ORGANIZER).body("""
                {"kind": "%s", "nomineeName": "%s", "position": "Chỉ huy trưởng Ban CHQS xã",
                 "organization": "%s", "grassroots": %s,
                 "achievements": "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2023"}
                """.formatted(kind, name, organization, grassroots))
                .post("/api/conferences/" + conferenceId + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static void submit(long id) {
        Councils.carry(id);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/submit").then().statusCode(200);
    }

    static void review(long id, String decision, String note) {
        Api.as(Api.REVIEWER).body("{\"decision\": \"%s\", \"note\": %s}".formatted(decision,
                        note == null ? "null" : "\"" + note + "\""))
                .post("/api/nominations/" + id + "/review").then().statusCode(200);
    }

    /** Created, submitted and approved. */
    static long approved(long conferenceId, String kind, String name, String organization) {
        long id = create(conferenceId, kind, name, organization, true);
        submit(id);
        review(id, "APPROVE", null);
        return id;
    }

    static String status(long id) {
        return Api.as(Api.REVIEWER).get("/api/nominations/" + id).then().statusCode(200).extract().path("status");
    }
}
