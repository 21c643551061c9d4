package vn.tongket.nomination;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

    @Inject
    AgroalDataSource dataSource;

    @Test
    void concurrentSubmissionsNeverExceedTheCap() throws Exception {
        long conf = Api.createConference("Hội nghị gửi đồng thời", false);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            ids.add(Nominations.create(conf, "COLLECTIVE", "Ban CHQS xã Số " + i, "Xã Số " + i, true));
        }
        Councils.carry(ids.stream().mapToLong(Long::longValue).toArray());
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

    /** A submitter that would queue on the quota lock behind a long transaction is answered without waiting for it. */
    @Test
    void aFullQuotaRefusesADraftWhileTheQuotaLockIsHeld() throws Exception {
        long conf = Api.createConference("Hội nghị khóa hạn mức", false);
        Api.as(Api.ORGANIZER).body("{\"kind\": \"COLLECTIVE\", \"cap\": 1}")
                .put("/api/conferences/" + conf + "/nominations/quota").then().statusCode(200);
        long first = Nominations.create(conf, "COLLECTIVE", "Ban CHQS xã Giữ Khóa", "Xã Giữ Khóa", true);
        Councils.carry(first);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + first + "/submit").then().statusCode(200);
        long late = Nominations.create(conf, "COLLECTIVE", "Ban CHQS xã Chờ Khóa", "Xã Chờ Khóa", true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT cap FROM nomination_quota WHERE conference_id = ? AND kind = 'COLLECTIVE' FOR UPDATE")) {
                lock.setLong(1, conf);
                lock.executeQuery().close();
            }
            // Without the early refusal this request waits on the lock held above until the test gives up.
            Future<Integer> status = pool.submit(() -> Api.as(Api.ORGANIZER).post("/api/nominations/" + late + "/submit")
                    .then().extract().statusCode());
            assertEquals(409, status.get(30, TimeUnit.SECONDS));
            c.rollback();
        } finally {
            pool.shutdownNow();
        }
        assertEquals("DRAFT", Nominations.status(late));
    }
}
