package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tongket.document.RenderingGate;
import vn.tongket.support.Api;
import vn.tongket.support.OneRenderingAtATime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Threat: a flood of PDF requests renders them all at once and exhausts memory; defence: N slots, a short queue, then 503 with Retry-After. */
@QuarkusTest
@TestProfile(OneRenderingAtATime.class)
class RenderFloodThreatTest {

    @Inject
    RenderingGate gate;

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aLetterBeyondTheQueueIsRefused503WithRetryAfterAndTheQueuedOneIsServed() throws Exception {
        List<Map<String, Object>> invitations = Rendering.conferenceWithInvitations("Lũ yêu cầu giấy mời",
                "Nguyễn Văn Một", "Trần Thị Hai", "Lê Văn Ba");
        Rendering.Held held = Rendering.holdTheSlot(gate, pool);
        Future<Response> queued = pool.submit(() -> Rendering.letterPdf(Rendering.id(invitations.get(0))));
        Rendering.awaitCondition(() -> gate.waiting() == 1);

        Rendering.letterPdf(Rendering.id(invitations.get(1))).then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .contentType(startsWith("application/json"))
                .body("status", equalTo(503))
                .body("title", equalTo("Hệ thống đang bận"))
                .body("detail", containsString("thử lại sau 5 giây"));
        Api.as(Api.ORGANIZER).header("Accept-Language", "en").accept("application/pdf")
                .get("/api/invitations/" + Rendering.id(invitations.get(2)) + "/letter.pdf").then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("try again in 5 seconds"));

        held.release();
        queued.get().then().statusCode(200).contentType(startsWith("application/pdf"));
    }

    @Test
    void thePublicDocumentSetIsBehindTheSameGate() throws Exception {
        List<Map<String, Object>> invitations = Rendering.conferenceWithInvitations("Lũ yêu cầu tài liệu",
                "Phạm Văn Bốn", "Hoàng Thị Năm");
        String token = (String) invitations.get(0).get("token");
        Rendering.Held held = Rendering.holdTheSlot(gate, pool);
        Future<Response> queued = pool.submit(() -> Rendering.letterPdf(Rendering.id(invitations.get(1))));
        Rendering.awaitCondition(() -> gate.waiting() == 1);

        Rendering.publicDocument(token, "programme").then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .contentType(startsWith("text/html"))
                .body(containsString("Hệ thống đang bận"));

        held.release();
        queued.get().then().statusCode(200);
        Rendering.publicDocument(token, "programme").then().statusCode(200).contentType(startsWith("application/pdf"));
    }
}
