package vn.tongket.mail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import vn.tongket.support.MailServer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static vn.tongket.support.MimeParts.bytes;
import static vn.tongket.support.MimeParts.leaves;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sender's own wire form of a mail ({@link MailWire}, through {@link SmtpConnection}): every attachment size
 * around the 57-byte base64 line, and a letter-sized one, arrive at a real SMTP server byte for byte with their names
 * and types, and text lines that start with a dot arrive as written.
 */
@QuarkusTest
class AttachmentWireTest {

    private static final int[] SIZES = {0, 1, 2, 3, 56, 57, 58, 113, 114, 115, 171, 4096, 70_001};

    @Inject
    OutboxSender sender;

    @Inject
    SmtpSettings settings;

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

        send(mail);

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
    void linesStartingWithADotAndEveryVietnameseLetterArriveAsWritten() throws Exception {
        String text = ".mở đầu\n..hai chấm\n.\nGiữa dòng . và\n.cuối";
        MailServer smtp = MailServer.started();
        try {
            send(new OutboxService.Claimed(-2, "TEST", null, Instant.now(), 0, "dots@example.vn",
                    "Dấu chấm đầu dòng", "<p>" + text.replace("\n", "<br>\n") + "</p>", text, List.of()));
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

    private void send(OutboxService.Claimed mail) throws SmtpException {
        try (SmtpConnection c = SmtpConnection.open(settings, Duration.ofSeconds(30))) {
            c.transmit(settings.envelopeFrom(), mail.recipient(), sender.wire(mail));
            c.awaitAccepted();
        }
    }
}
