package vn.tongket.threat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.tongket.document.RenderingGate;
import vn.tongket.support.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/** Arrangements for the rendering threats: a conference with invitations, a held rendering slot, PDF text. */
final class Rendering {

    private Rendering() {
    }

    /** A conference with the standard agenda and one invitation per name; the invitations (id, token). */
    static List<Map<String, Object>> conferenceWithInvitations(String title, String... delegates) {
        return invite(Api.createConference(title, true), delegates);
    }

    /** One invitation per name; the invitations (id, token). */
    static List<Map<String, Object>> invite(long c, String... delegates) {
        for (int i = 0; i < delegates.length; i++) {
            Api.addDelegate(c, delegates[i], "dai-bieu-" + i + "@example.vn", "PARTICIPANT", null);
        }
        return Api.as(Api.ORGANIZER).post("/api/conferences/" + c + "/invitations").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().jsonPath().getList("$");
    }

    static long id(Map<String, Object> invitation) {
        return ((Number) invitation.get("id")).longValue();
    }

    static Response letterPdf(long invitationId) {
        return Api.as(Api.ORGANIZER).accept("application/pdf").get("/api/invitations/" + invitationId + "/letter.pdf");
    }

    static Response publicDocument(String token, String key) {
        return RestAssured.given().get("/documents/" + token + "/" + key);
    }

    /** Takes the only rendering slot until {@link Held#release()}. */
    static Held holdTheSlot(RenderingGate gate, ExecutorService pool) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> gate.run(() -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holding.await();
        return new Held(release, holder);
    }

    record Held(CountDownLatch latch, Future<?> holder) {
        void release() throws Exception {
            latch.countDown();
            holder.get();
        }
    }

    /** Waits (politely) until the condition holds; the surefire timeout ends a test that never gets there. */
    static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(5);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
