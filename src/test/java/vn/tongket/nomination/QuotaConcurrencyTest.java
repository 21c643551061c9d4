package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Thirty clerks submit at the same instant against twenty free slots: exactly twenty succeed. */
@QuarkusTest
class QuotaConcurrencyTest {

    @Test
    void concurrentSubmissionsNeverExceedTheCap() throws Exception {
        long conf = Api.createConference("Hội nghị gửi đồng thời", false);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            ids.add(Nominations.create(conf, "COLLECTIVE", "Ban CHQS xã Số " + i, "Xã Số " + i, true));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (long id : ids) {
                Callable<Integer> submit = () -> {
                    start.await();
                    return Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/submit").then().extract().statusCode();
                };
                results.add(pool.submit(submit));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(20, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(10, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
        Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/nominations/quota").then()
                .body("COLLECTIVE.used", equalTo(20));
        long submitted = Api.as(Api.ORGANIZER).get("/api/conferences/" + conf + "/nominations").then().extract()
                .jsonPath().getList("status", String.class).stream().filter("SUBMITTED"::equals).count();
        assertEquals(20, submitted);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + ids.get(0) + "/submit").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.anyOf(equalTo("Đã đủ 20/20 tập thể: không thể gửi thêm đề nghị."),
                        org.hamcrest.Matchers.containsString("Đã gửi thẩm định")));

        // Once every slot is taken, a draft is refused before it queues on the quota lock, with the same answer.
        long late = Nominations.create(conf, "COLLECTIVE", "Ban CHQS xã Gửi Muộn", "Xã Gửi Muộn", true);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + late + "/submit").then().statusCode(409)
                .body("detail", equalTo("Đã đủ 20/20 tập thể: không thể gửi thêm đề nghị."));
        assertEquals("DRAFT", Nominations.status(late));
        Api.page(Api.ORGANIZER).get("/conferences/" + conf + "/nominations/" + late).then().statusCode(200);
    }
}
