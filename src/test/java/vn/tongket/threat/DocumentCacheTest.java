package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tongket.document.PdfRenderer;
import vn.tongket.document.RenderingGate;
import vn.tongket.support.Api;
import vn.tongket.support.OneRenderingAtATime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Threat: every request renders its document again (a flood renders the set hundreds of times); defence: rendered once per version of its inputs, waiters share it. */
@QuarkusTest
@TestProfile(OneRenderingAtATime.class)
class DocumentCacheTest {

    @Inject
    PdfRenderer renderer;

    @Inject
    RenderingGate gate;

    private final ExecutorService pool = Executors.newFixedThreadPool(6);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aPublicDocumentIsRenderedOnceUntilItsInputsChange() {
        long conference = Api.createConference("Hội nghị tài liệu một lần", false);
        List<Map<String, Object>> invitations = Rendering.invite(conference, "Đỗ Văn Sáu");
        String token = (String) invitations.get(0).get("token");
        RestAssured.given().get("/documents/" + token).then().statusCode(200);
        long afterFirst = renderer.renderings();

        byte[] first = Rendering.publicDocument(token, "programme").then().statusCode(200).extract().asByteArray();
        RestAssured.given().get("/documents/" + token).then().statusCode(200);
        byte[] second = Rendering.publicDocument(token, "programme").then().statusCode(200).extract().asByteArray();
        assertEquals(afterFirst, renderer.renderings(), "served again without rendering");
        assertArrayEquals(first, second);

        Api.as(Api.ORGANIZER).body("""
                {"startsAt": "2023-12-08T11:00", "endsAt": "2023-12-08T11:20", "kind": "OTHER",
                 "title": "Phát biểu của đồng chí Chỉ huy trưởng mới thêm"}""")
                .post("/api/conferences/" + conference + "/agenda").then().statusCode(201);
        byte[] changed = Rendering.publicDocument(token, "programme").then().statusCode(200).extract().asByteArray();
        assertTrue(renderer.renderings() > afterFirst, "rendered again after the agenda changed");
        assertTrue(Rendering.text(changed).contains("Chỉ huy trưởng mới thêm"), Rendering.text(changed));
    }

    @Test
    void requestsArrivingDuringARenderingWaitForItInsteadOfRenderingAgain() throws Exception {
        List<Map<String, Object>> invitations = Rendering.conferenceWithInvitations("Hội nghị chờ một bản",
                "Vũ Thị Bảy");
        long letter = Rendering.id(invitations.get(0));
        Rendering.Held held = Rendering.holdTheSlot(gate, pool);
        long before = renderer.renderings();
        List<Future<Response>> requests = new ArrayList<>();
        requests.add(pool.submit(() -> Rendering.letterPdf(letter)));
        Rendering.awaitCondition(() -> gate.waiting() == 1);
        // The queue (one place) is full: a request that did not wait for the first rendering would be refused 503.
        for (int i = 0; i < 4; i++) {
            requests.add(pool.submit(() -> Rendering.letterPdf(letter)));
        }
        held.release();
        for (Future<Response> r : requests) {
            r.get().then().statusCode(200);
        }
        assertEquals(before + 1, renderer.renderings());
    }
}
