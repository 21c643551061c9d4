package vn.tongket.invitation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check-in desk: live counts, search by name or unit, and two desks scanning one letter at once. */
@QuarkusTest
class CheckInDeskTest {

    @Test
    void twoDesksScanningTheSameLetterAtOnceGiveOneArrivalAndOneAlready() throws Exception {
        long id = Invitations.futureConference("Hội nghị hai bàn điểm danh");
        List<String> tokens = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            long d = Api.addDelegate(id, "Đại biểu số " + k, null, "PARTICIPANT", k + 1);
            tokens.add(Invitations.tokenOf(id, d));
        }
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            for (String token : tokens) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<String>> scans = new ArrayList<>();
                for (int desk = 0; desk < 2; desk++) {
                    scans.add(CompletableFuture.supplyAsync(() -> {
                        var request = Api.as(Api.ORGANIZER).body("{\"code\": \"" + token + "\"}");
                        await(together);
                        Response r = request.post("/api/conferences/" + id + "/checkins");
                        return r.statusCode() == 409 ? "409 " + r.jsonPath().getString("detail") : String.valueOf(r.statusCode());
                    }, desks));
                }
                List<String> answers = scans.stream().map(CompletableFuture::join).sorted().toList();
                assertEquals("200", answers.get(0), "one desk lets the delegate in: " + answers);
                // Not a lost update refused as "changed by someone else": the second desk is told when they came.
                assertTrue(answers.get(1).startsWith("409 ") && answers.get(1).contains("đã điểm danh lúc"),
                        "the other desk hears 'already': " + answers);
            }
        } finally {
            desks.shutdownNow();
        }
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then().body("checkedIn", equalTo(6));
    }

    @Test
    void figuresCountTheExpectedByGroupAndTheLastArrivals() {
        long id = Invitations.futureConference("Hội nghị số liệu điểm danh");
        long guest = Api.addDelegate(id, "Hoàng Văn Thụ", null, "GUEST", 1);
        long participant = Api.addDelegate(id, "Ngô Gia Tự", null, "PARTICIPANT", 2);
        long declining = Api.addDelegate(id, "Lê Hồng Phong", null, "PARTICIPANT", 3);
        Invitations.answer(Invitations.tokenOf(id, declining), "DECLINE", null, null).then().statusCode(303);
        String guestToken = Invitations.tokenOf(id, guest);
        Invitations.tokenOf(id, participant);
        String status = "/conferences/" + id + "/checkin/status";

        Api.page(Api.ORGANIZER).get(status).then().statusCode(200)
                .body("expected", equalTo(2)).body("arrived", equalTo(0)).body("awaited", equalTo(2))
                .body("groups.find { it.category == 'GUEST' }.expected", equalTo(1))
                .body("groups.find { it.category == 'PARTICIPANT' }.expected", equalTo(1))
                .body("groups.find { it.category == 'PARTICIPANT' }.label", equalTo("Thành phần hội nghị"))
                .body("recent", hasSize(0));

        Api.as(Api.ORGANIZER).body("{\"code\": \"" + guestToken + "\"}").post("/api/conferences/" + id + "/checkins")
                .then().statusCode(200);
        Api.page(Api.ORGANIZER).get(status).then().statusCode(200)
                .body("expected", equalTo(2)).body("arrived", equalTo(1)).body("awaited", equalTo(1))
                .body("groups.find { it.category == 'GUEST' }.arrived", equalTo(1))
                .body("groups.find { it.category == 'PARTICIPANT' }.arrived", equalTo(0))
                .body("recent[0].name", equalTo("Hoàng Văn Thụ")).body("recent[0].unit", equalTo("Xã Tân Mỹ"))
                .body("recent[0].time", matchesPattern("\\d\\d:\\d\\d"));

        Api.page(Api.ORGANIZER).header("Accept-Language", "en").get(status).then().statusCode(200)
                .body("groups.find { it.category == 'PARTICIPANT' }.label", equalTo("Participant"))
                .body("recent[0].time", matchesPattern("\\d\\d:\\d\\d"));
        given().cookies(Api.sessionCookies(Api.ORGANIZER)).header("Accept-Language", "en")
                .get("/conferences/" + id + "/checkin").then().statusCode(200)
                .body(containsString("Latest arrivals")).body(containsString("Not yet here")).body(not(containsString("Vừa đến")));
        Api.page(Api.REVIEWER).get(status).then().statusCode(403);
        Api.page(Api.ORGANIZER).get("/conferences/999999/checkin/status").then().statusCode(404);
    }

    @Test
    void aDelegateWithoutTheLetterIsFoundByNameOrUnitAndCheckedInOnce() {
        long id = Invitations.futureConference("Hội nghị tìm đại biểu");
        long tam = Api.addDelegate(id, "Nguyễn Văn Tám", null, "PARTICIPANT", 1);
        long unit = Api.as(Api.ORGANIZER).body("""
                {"fullName": "Trịnh Thị Hoa", "position": "Chỉ huy trưởng", "organization": "Ban CHQS huyện Lục Nam",
                 "category": "PARTICIPANT", "precedence": 2}
                """).post("/api/conferences/" + id + "/delegates").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addDelegate(id, "Phạm Văn Đồng", null, "GUEST", 3);
        Invitations.issue(id);
        long tamInvitation = invitationOf(id, tam);
        var organizer = Api.sessionCookies(Api.ORGANIZER);
        String desk = "/conferences/" + id + "/checkin";

        String byName = given().cookies(organizer).queryParam("q", "nguyen van").get(desk).then().statusCode(200)
                .extract().asString();
        assertTrue(byName.contains("Nguyễn Văn Tám"), "accents and case do not matter");
        assertFalse(byName.contains("Phạm Văn Đồng"));
        String byUnit = given().cookies(organizer).queryParam("q", "Lục Nam").get(desk).then().statusCode(200)
                .extract().asString();
        assertTrue(byUnit.contains("Trịnh Thị Hoa") && !byUnit.contains("Nguyễn Văn Tám"), "found by unit");
        given().cookies(organizer).queryParam("q", "%").get(desk).then().statusCode(200)
                .body(not(containsString("id=\"desk-found\"")));
        given().cookies(organizer).queryParam("q", "không có ai").get(desk).then().statusCode(200)
                .body(containsString("id=\"desk-found-none\""));

        var page = given().cookies(organizer).get(desk);
        String csrf = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        Supplier<RequestSpecification> form = () -> given().cookies(organizer).cookie("csrf-token", page.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf);
        form.get().formParam("invitation", tamInvitation).post(desk + "/result").then().statusCode(200)
                .body("outcome", equalTo("ok")).body("name", equalTo("Nguyễn Văn Tám"))
                .body("details", equalTo("Chủ tịch UBND – Xã Tân Mỹ")).body("verdict", equalTo("Mời vào – đã điểm danh"));
        form.get().formParam("invitation", tamInvitation).post(desk + "/result").then().statusCode(200)
                .body("outcome", equalTo("already")).body("note", startsWith("Đến lúc "));
        long other = Invitations.futureConference("Hội nghị khác của bàn điểm danh");
        long elsewhere = invitationOf(other, Api.addDelegate(other, "Người Hội Khác", null, "GUEST", 1));
        form.get().formParam("invitation", elsewhere).post(desk + "/result").then().statusCode(404)
                .body("outcome", equalTo("unknown")).body("note", equalTo("Không tìm thấy giấy mời."));
        form.get().formParam("code", "ma-khong-co").post(desk + "/result").then().statusCode(404)
                .body("outcome", equalTo("unknown")).body("note", equalTo("Mã không thuộc giấy mời nào của hội nghị này."));
        // Without script the same form answers with the whole page, the verdict on top.
        form.get().formParam("invitation", invitationOf(id, unit)).post(desk).then().statusCode(200)
                .body(containsString("class=\"checkin-result checkin-ok\"")).body(containsString("Trịnh Thị Hoa"));

        given().cookies(organizer).queryParam("q", "Nguyễn Văn Tám").get(desk).then().statusCode(200)
                .body(containsString("Đến lúc ")).body(not(containsString("aria-label=\"Điểm danh Nguyễn Văn Tám\"")));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then().body("checkedIn", equalTo(2));
    }

    private static long invitationOf(long conferenceId, long delegateId) {
        return Invitations.issue(conferenceId).stream()
                .filter(i -> ((Number) i.get("delegateId")).longValue() == delegateId)
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
