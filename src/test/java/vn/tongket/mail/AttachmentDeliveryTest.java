package vn.tongket.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tongket.support.MailServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static vn.tongket.support.MimeParts.bytes;
import static vn.tongket.support.MimeParts.leaves;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Mails from the outbox, through the sender and the mailer's client: every attachment size around the 57-byte base64
 * line, and a letter-sized one, arrive at a real SMTP server byte for byte with their names, and text lines that start
 * with a dot arrive as written.
 */
@QuarkusTest
class AttachmentDeliveryTest {

    private static final int[] SIZES = {0, 1, 2, 3, 56, 57, 58, 113, 114, 115, 171, 4096, 70_001};

    @Inject
    OutboxSender sender;

    @Inject
    OutboxService outbox;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void onlyThisTestsMailIsDue() {
        scheduler.pause();
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("status = ?1 where status in (?2, ?3)",
                OutboxStatus.FAILED, OutboxStatus.PENDING, OutboxStatus.SENDING));
    }

    @AfterEach
    void resumeTheScheduledSender() {
        scheduler.resume();
    }

    @Test
    void everyAttachmentArrivesByteForByte() throws Exception {
        MailServer smtp = MailServer.started();
        try {
            sendAndReadBack(smtp);
        } finally {
            smtp.stop();
        }
    }

    private void sendAndReadBack(MailServer smtp) throws Exception {
        Random random = new Random(42);
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        for (int size : SIZES) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            attachments.add(new OutgoingMail.Attachment("tệp-" + size + ".bin", "application/octet-stream", content));
        }
        send(new OutgoingMail(null, "TEST", null, "wire@example.vn", "Kiểm tra tệp đính kèm", "<p>Tệp đính kèm</p>",
                "Tệp đính kèm", attachments));

        List<MimeMessage> received = smtp.to("wire@example.vn");
        assertEquals(1, received.size());
        List<Part> files = new ArrayList<>();
        for (Part p : leaves(received.get(0))) {
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                files.add(p);
            }
        }
        assertEquals(SIZES.length, files.size());
        for (int i = 0; i < SIZES.length; i++) {
            assertEquals("tệp-" + SIZES[i] + ".bin", jakarta.mail.internet.MimeUtility.decodeText(files.get(i).getFileName()));
            assertArrayEquals(attachments.get(i).content(), bytes(files.get(i)), "attachment of " + SIZES[i] + " bytes");
        }
    }

    @Test
    void linesStartingWithADotAndEveryVietnameseLetterArriveAsWritten() throws Exception {
        String text = ".mở đầu\n..hai chấm\n.\nGiữa dòng . và\n.cuối";
        MailServer smtp = MailServer.started();
        try {
            send(new OutgoingMail(null, "TEST", null, "dots@example.vn", "Dấu chấm đầu dòng",
                    "<p>" + text.replace("\n", "<br>\n") + "</p>", text, List.of()));
            List<MimeMessage> received = smtp.to("dots@example.vn");
            assertEquals(1, received.size());
            assertEquals("Dấu chấm đầu dòng", received.get(0).getSubject());
            String plain = null;
            for (Part p : leaves(received.get(0))) {
                if (p.isMimeType("text/plain")) {
                    plain = ((String) p.getContent()).replace("\r\n", "\n");
                }
            }
            assertEquals(text, plain);
        } finally {
            smtp.stop();
        }
    }

    /** Queues the mail and runs the sender, as its schedule would, until the mail is sent. */
    private void send(OutgoingMail mail) throws InterruptedException {
        long id = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(mail).id);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        OutboxStatus status = OutboxStatus.PENDING;
        while (status != OutboxStatus.SENT && System.nanoTime() < until) {
            sender.sendDue();
            status = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id).status);
        }
        assertEquals(OutboxStatus.SENT, status);
    }
}
