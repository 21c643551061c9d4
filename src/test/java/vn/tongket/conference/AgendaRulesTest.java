package vn.tongket.conference;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tongket.support.Api.ORGANIZER;
import static vn.tongket.support.Api.as;

@QuarkusTest
class AgendaRulesTest {

    long conferenceId;

    @BeforeEach
    void createEmptyConference() {
        conferenceId = Api.createConference("Hội nghị kiểm tra chương trình", false);
    }

    private io.restassured.response.Response add(String title, String start, String end) {
        return as(ORGANIZER).body("""
                {"title": "%s", "startsAt": "2023-12-08T%s", "endsAt": "2023-12-08T%s", "presenter": "Bộ CHQS tỉnh", "kind": "REPORT"}
                """.formatted(title, start, end)).post("/api/conferences/" + conferenceId + "/agenda");
    }

    @Test
    void itemsAreReturnedInTimeOrder() {
        add("Báo cáo tổng kết", "08:00", "08:45").then().statusCode(201).body("id", org.hamcrest.Matchers.notNullValue());
        add("Khai mạc", "07:30", "07:45").then().statusCode(201);
        add("Bế mạc", "11:00", "11:30").then().statusCode(201);
        as(ORGANIZER).get("/api/conferences/" + conferenceId + "/agenda").then().statusCode(200)
                .body("$", hasSize(3))
                .body("title", equalTo(List.of("Khai mạc", "Báo cáo tổng kết", "Bế mạc")));
    }

    @Test
    void overlappingItemIsRefusedNamingTheItemItCollidesWith() {
        add("Báo cáo tổng kết", "08:00", "08:45").then().statusCode(201);
        add("Tham luận Ban CHQS huyện Lục Nam", "08:30", "09:00").then().statusCode(409)
                .body("status", equalTo(409))
                .body("detail", containsString("\"Báo cáo tổng kết\""))
                .body("detail", containsString("08:00 - 08:45"));
        as(ORGANIZER).get("/api/conferences/" + conferenceId + "/agenda").then().body("$", hasSize(1));
    }

    @Test
    void itemsThatTouchDoNotOverlap() {
        add("Một", "08:00", "08:30").then().statusCode(201);
        add("Hai", "08:30", "09:00").then().statusCode(201);
    }

    @Test
    void itemEnclosingAnotherIsRefused() {
        add("Ngắn", "09:00", "09:15").then().statusCode(201);
        add("Dài", "08:30", "10:00").then().statusCode(409).body("detail", containsString("\"Ngắn\""));
    }

    @Test
    void itemOutsideTheConferenceWindowIsRefused() {
        add("Quá sớm", "07:00", "07:45").then().statusCode(409)
                .body("detail", containsString("\"Quá sớm\""))
                .body("detail", containsString("07:30 08/12/2023"));
        add("Quá muộn", "11:15", "12:00").then().statusCode(409);
        as(ORGANIZER).body("""
                {"title": "Hôm khác", "startsAt": "2023-12-09T08:00", "endsAt": "2023-12-09T09:00", "kind": "OTHER"}
                """).post("/api/conferences/" + conferenceId + "/agenda").then().statusCode(409);
    }

    @Test
    void itemEndingBeforeItStartsIsRefusedWith400() {
        add("Ngược", "09:00", "08:00").then().statusCode(400).body("violations[0].field", equalTo("endsAt"));
    }

    @Test
    void missingKindIsRefusedWith400() {
        as(ORGANIZER).body("""
                {"title": "Không loại", "startsAt": "2023-12-08T08:00", "endsAt": "2023-12-08T09:00"}
                """).post("/api/conferences/" + conferenceId + "/agenda").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        as(ORGANIZER).body("""
                {"title": "Loại lạ", "startsAt": "2023-12-08T08:00", "endsAt": "2023-12-08T09:00", "kind": "PARTY"}
                """).post("/api/conferences/" + conferenceId + "/agenda").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
    }

    @Test
    void updateAndDeleteKeepTheRules() {
        long a = add("Một", "08:00", "08:30").then().statusCode(201).extract().jsonPath().getLong("id");
        add("Hai", "09:00", "09:30").then().statusCode(201);
        as(ORGANIZER).body("""
                {"title": "Một (dời)", "startsAt": "2023-12-08T09:15", "endsAt": "2023-12-08T09:45", "kind": "REPORT"}
                """).put("/api/conferences/" + conferenceId + "/agenda/" + a).then().statusCode(409);
        as(ORGANIZER).body("""
                {"title": "Một (dời)", "startsAt": "2023-12-08T10:00", "endsAt": "2023-12-08T10:30", "kind": "REPORT"}
                """).put("/api/conferences/" + conferenceId + "/agenda/" + a).then().statusCode(200)
                .body("startsAt", equalTo("2023-12-08T10:00:00"));
        as(ORGANIZER).delete("/api/conferences/" + conferenceId + "/agenda/" + a).then().statusCode(204);
        as(ORGANIZER).get("/api/conferences/" + conferenceId + "/agenda").then().body("$", hasSize(1));
    }

    @Test
    void shorteningTheConferenceBelowAnItemIsRefused() {
        add("Bế mạc", "11:00", "11:30").then().statusCode(201);
        as(ORGANIZER).body("""
                {"title": "Hội nghị kiểm tra chương trình", "reviewYear": 2023, "startsAt": "2023-12-08T07:30",
                 "endsAt": "2023-12-08T10:30", "venue": {"name": "H", "address": "A"}, "issuer": "UBND", "place": "Bắc Giang"}
                """).put("/api/conferences/" + conferenceId).then().statusCode(409)
                .body("detail", containsString("\"Bế mạc\""));
    }

    @Test
    void twoClerksAddingOverlappingItemsAtOnceLeaveOnlyOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String title = "Đồng thời " + i;
                calls.add(() -> add(title, "09:00", "09:30").statusCode());
            }
            int created = 0;
            for (Future<Integer> f : pool.invokeAll(calls)) {
                int status = f.get();
                if (status == 201) {
                    created++;
                } else {
                    assertEquals(409, status);
                }
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        as(ORGANIZER).get("/api/conferences/" + conferenceId + "/agenda").then().body("$", hasSize(1));
    }
}
