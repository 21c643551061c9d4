package vn.tongket.invitation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tongket.mail.OutboxMessage;
import vn.tongket.mail.OutboxStatus;
import vn.tongket.support.Api;
import vn.tongket.support.HoldingSmtpServer;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An invitation is "sent" only once the SMTP server accepted its mail: while the server withholds its answer it is
 * still queued, and when that answer refuses the mail it stays queued for the next try.
 */
@QuarkusTest
class RefusedMailTest {

    @BeforeEach
    void setAsideOtherClassesMails() {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("status = ?1 where status in (?2, ?3)",
                OutboxStatus.FAILED, OutboxStatus.PENDING, OutboxStatus.SENDING));
    }

    @Test
    void anInvitationWhoseMailIsRefusedAtTheEndStaysQueuedNeverSent() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
        try (HoldingSmtpServer smtp = HoldingSmtpServer.on(port)) {
            long conference = Invitations.futureConference("Hội nghị thư bị từ chối");
            Api.addDelegate(conference, "Trần Văn Từ Chối", "tu.choi.giay.moi@example.vn", "GUEST", 1);
            Invitations.issue(conference);
            Api.as(Api.ORGANIZER).post("/api/conferences/" + conference + "/invitations/send").then()
                    .statusCode(202).body("queued", equalTo(1));

            HoldingSmtpServer.Held held = smtp.awaitMessage(Duration.ofSeconds(30));
            OutboxMessage mail = await(OutboxStatus.SENDING);
            Invitation waiting = invitation(mail.refId);
            assertEquals(Delivery.QUEUED, waiting.delivery, "not sent before the server's answer");
            assertNull(waiting.sentAt);

            held.answer("554 5.7.1 refused by policy");
            mail = await(OutboxStatus.PENDING);
            Invitation refused = invitation(mail.refId);
            assertEquals(Delivery.QUEUED, refused.delivery, "still queued for its next try");
            assertNull(refused.sentAt);
            assertTrue(mail.lastError.contains("554 5.7.1"), mail.lastError);
            QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("status = ?1 where recipient = ?2",
                    OutboxStatus.FAILED, "tu.choi.giay.moi@example.vn"));
        }
    }

    private static OutboxMessage await(OutboxStatus status) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            OutboxMessage m = QuarkusTransaction.requiringNew().call(() -> OutboxMessage
                    .<OutboxMessage>find("recipient", "tu.choi.giay.moi@example.vn").firstResult());
            if (m != null && m.status == status || System.nanoTime() > until) {
                assertNotNull(m);
                assertEquals(status, m.status);
                return m;
            }
            Thread.sleep(20);
        }
    }

    private static Invitation invitation(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Invitation.<Invitation>findById(id));
    }
}
