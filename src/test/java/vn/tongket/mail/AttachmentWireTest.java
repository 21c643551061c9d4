package vn.tongket.mail;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import vn.tongket.support.MailServer;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static vn.tongket.support.MimeParts.bytes;
import static vn.tongket.support.MimeParts.leaves;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Attachments go to the Vert.x mail client as one-buffer streams ({@link OneBufferStream}), which it encodes
 * itself: every size around the 57-byte base64 line, and a letter-sized one, arrive at a real SMTP server byte for
 * byte, with their names and types.
 */
@QuarkusTest
class AttachmentWireTest {

    private static final int[] SIZES = {0, 1, 2, 3, 56, 57, 58, 113, 114, 115, 171, 4096, 70_001};

    @Inject
    OutboxSender sender;

    @Inject
    MailClient client;

    @Inject
    Vertx vertx;

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
        List<MailAttachment> attachments = new ArrayList<>();
        for (int size : SIZES) {
            MailAttachment a = new MailAttachment();
            a.fileName = "tệp-" + size + ".bin";
            a.contentType = "application/octet-stream";
            a.content = new byte[size];
            random.nextBytes(a.content);
            attachments.add(a);
        }
        OutboxService.Claimed mail = new OutboxService.Claimed(-1, "TEST", null, Instant.now(), 0, "wire@example.vn",
                "Kiểm tra tệp đính kèm", "<p>Tệp đính kèm</p>", "Tệp đính kèm", attachments);

        client.sendMail(sender.message(mail)).await().atMost(Duration.ofSeconds(30));

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
            assertArrayEquals(attachments.get(i).content, bytes(files.get(i)), "attachment of " + SIZES[i] + " bytes");
        }
    }

    @Test
    void theStreamWaitsForDemandAndEndsOnceAfterItsBuffer() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        vertx.runOnContext(v -> {
            StringBuilder events = new StringBuilder();
            OneBufferStream stream = new OneBufferStream(Buffer.buffer("abc"));
            stream.pause();
            stream.endHandler(e -> events.append("end;"));
            stream.handler(b -> events.append("data ").append(b).append(';'));
            events.append("paused;");
            stream.fetch(1);
            stream.resume();
            stream.endHandler(e -> events.append("end again;"));
            seen.complete(events.toString());
        });
        assertEquals("paused;data abc;end;", seen.get(10, TimeUnit.SECONDS));
    }
}
