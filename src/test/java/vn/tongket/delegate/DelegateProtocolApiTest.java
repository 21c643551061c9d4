package vn.tongket.delegate;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 19 in the API: a delegate's rank, Party title and protocol marks; the conference's presiding delegate, issuer
 * parent body and signers, with their defaults; bad values refused with the field named.
 */
@QuarkusTest
class DelegateProtocolApiTest {

    private static String conference(String title, String protocol) {
        return """
                {"title": "%s", "reviewYear": 2023, "startsAt": "2023-12-08T07:30", "endsAt": "2023-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Đường Võ Nguyên Giáp, Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang", "protocol": %s}
                """.formatted(title, protocol);
    }

    @Test
    void rankPartyTitleAndMarksAreKeptAndLimited() {
        long c = Api.createConference("Hội nghị quân hàm", false);
        long id = Api.as(Api.ORGANIZER).body("""
                {"fullName": "Nguyễn Đức Thắng", "rank": "Thiếu tướng", "partyTitle": "Đảng ủy viên Đảng ủy Quân khu",
                 "position": "Phó Tư lệnh", "organization": "Bộ Tư lệnh Quân khu 1", "category": "GUEST",
                 "provincialStanding": false}""")
                .post("/api/conferences/" + c + "/delegates").then().statusCode(201)
                .body("rank", equalTo("Thiếu tướng")).body("partyTitle", equalTo("Đảng ủy viên Đảng ủy Quân khu"))
                .body("provincialStanding", equalTo(false)).body("collective", equalTo(false))
                .extract().jsonPath().getLong("id");
        Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/delegates/" + id).then().statusCode(200)
                .body("rank", equalTo("Thiếu tướng"));

        Api.as(Api.ORGANIZER).body("""
                {"fullName": "Người Quân Hàm Dài", "rank": "%s", "category": "GUEST"}""".formatted("Đ".repeat(51)))
                .post("/api/conferences/" + c + "/delegates").then().statusCode(400)
                .body("violations.field", hasItem("rank"));
        Api.as(Api.ORGANIZER).body("""
                {"fullName": "Người Chức Vụ Dài", "partyTitle": "%s", "category": "GUEST"}""".formatted("B".repeat(201)))
                .post("/api/conferences/" + c + "/delegates").then().statusCode(400)
                .body("violations.field", hasItem("partyTitle"));
    }

    @Test
    void presidingAndSignersAreConferenceDataWithDefaults() {
        String title = "Hội nghị người chủ trì";
        long c = Api.createConference(title, false);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + c).then().statusCode(200)
                .body("protocol.presidingDelegateId", nullValue())
                .body("protocol.decisionSigner.authority", equalTo("KT. CHỦ TỊCH"))
                .body("protocol.decisionSigner.title", equalTo("PHÓ CHỦ TỊCH"))
                .body("protocol.commandSigner.parent", equalTo("UBND TỈNH BẮC GIANG"))
                .body("protocol.commandSigner.issuer", equalTo("BỘ CHỈ HUY QUÂN SỰ TỈNH BẮC GIANG"))
                .body("protocol.commandSigner.title", equalTo("CHỈ HUY TRƯỞNG"));

        long chairman = Api.addDelegate(c, "Vũ Đình Khương", null, "PARTICIPANT", 10);
        Api.as(Api.ORGANIZER).body(conference(title, """
                        {"presidingDelegateId": %d, "decisionSigner": {"name": "Quách Văn Thịnh"},
                         "commandSigner": {"name": "Đàm Quang Toản"}}""".formatted(chairman)))
                .put("/api/conferences/" + c).then().statusCode(200)
                .body("protocol.presidingDelegateId", equalTo((int) chairman))
                .body("protocol.decisionSigner.name", equalTo("Quách Văn Thịnh"))
                .body("protocol.commandSigner.name", equalTo("Đàm Quang Toản"));

        // Someone else's delegate cannot preside here; the answer names the field.
        long other = Api.createConference("Hội nghị khác", false);
        long stranger = Api.addDelegate(other, "Người Hội Nghị Khác", null, "GUEST", 10);
        Api.as(Api.ORGANIZER).body(conference(title, "{\"presidingDelegateId\": %d}".formatted(stranger)))
                .put("/api/conferences/" + c).then().statusCode(400)
                .body("violations.field", hasItem("protocol.presidingDelegateId"))
                .body("violations[0].message", containsString("đại biểu của hội nghị này"));
        Api.as(Api.ORGANIZER).body(conference(title, "{\"decisionSigner\": {\"name\": \"%s\"}}".formatted("T".repeat(201))))
                .put("/api/conferences/" + c).then().statusCode(400)
                .body("violations.field", hasItem("protocol.decisionSigner.name"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + c).then()
                .body("protocol.presidingDelegateId", equalTo((int) chairman));
    }
}
