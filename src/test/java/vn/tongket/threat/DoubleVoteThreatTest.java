package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A council member votes twice on a nominee (at once, or by replaying the form): the member's row lock and the unique key (member, nominee) count one ballot. */
@QuarkusTest
class DoubleVoteThreatTest {

    @Test
    void concurrentCastsOfOneMemberCountOnce() throws Exception {
        long conf = Api.createConference("Hội nghị bỏ phiếu đồng thời", false);
        Councils.ensureCouncil(conf);
        long nomination = Api.as(Api.ORGANIZER).body("""
                {"kind": "COLLECTIVE", "nomineeName": "Ban CHQS xã Phiếu Kín", "organization": "Xã Phiếu Kín",
                 "grassroots": true, "achievements": "Hoàn thành xuất sắc nhiệm vụ năm 2023"}
                """).post("/api/conferences/" + conf + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<String> links = Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/council").then()
                .extract().jsonPath().getList("members.ballotPath", String.class);
        String link = links.get(0);

        int attempts = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> casts = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                Form form = Form.open(link);
                casts.add(pool.submit(() -> {
                    start.await();
                    return form.cast(nomination, "YES").statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> f : casts) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
        assertEquals(1, statuses.stream().filter(s -> s == 303).count(), statuses.toString());
        assertEquals(attempts - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/council").then()
                .body("results[0].yes", equalTo(1)).body("results[0].voted", equalTo(true));

        // the other two members vote; the page never says who voted how
        Form.open(links.get(1)).cast(nomination, "YES").then().statusCode(303);
        Form.open(links.get(2)).cast(nomination, "NO").then().statusCode(303);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/council").then()
                .body("results[0].yes", equalTo(2)).body("results[0].no", equalTo(1))
                .body("results[0].share", equalTo("66,7")).body("results[0].carried", equalTo(false));
        String page = RestAssured.given().get(links.get(0)).then().statusCode(200).extract().asString();
        assertFalse(page.contains("checked"), "the ballot page does not show the member's choice");
    }

    @Test
    void anUnknownBallotLinkIsNotFound() {
        RestAssured.given().get("/ballot/khong-ton-tai-phieu-nay").then().statusCode(404);
    }

    /** The ballot form as a browser posts it: the CSRF cookie and token of the page it came from. */
    record Form(String link, String cookie, String token) {

        static Form open(String link) {
            Response page = RestAssured.given().get(link);
            page.then().statusCode(200);
            return new Form(link, page.cookie("csrf-token"),
                    page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
        }

        Response cast(long nominationId, String choice) {
            return RestAssured.given().redirects().follow(false).cookie("csrf-token", cookie)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token)
                    .formParam("nominationId", String.valueOf(nominationId)).formParam("choice", choice).post(link);
        }
    }
}
