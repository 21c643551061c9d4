package vn.tongket.invitation;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PNG written by hand is a valid PNG any decoder reads, and it scans back to its content. */
class QrCodesTest {

    @Test
    void pngDecodesWithImageIoAndScansBackToTheAnswerLink() throws Exception {
        String link = "https://tongket.example.vn/rsvp/dkV2YpkepGsR5IXuT0S9wGfq2YRgLWgy";
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(link)));
        // whole pixels a module (the code and a quiet zone of 2 modules), as near 240 pixels as that allows
        int modules = vn.tongket.document.QrMatrix.of(link).size() + 4;
        assertEquals(image.getWidth(), image.getHeight());
        assertEquals(0, image.getWidth() % modules);
        assertTrue(image.getWidth() <= 240 && image.getWidth() > 240 - modules, "width " + image.getWidth());
        assertEquals(0xFFFFFFFF, image.getRGB(0, 0), "quiet zone is white");
        assertEquals(link, InvitationApiTest.scanQrCode(image));
    }

    @Test
    void dataUriIsTheSamePngAndIsKept() {
        String link = "https://tongket.example.vn/rsvp/second";
        String uri = QrCodes.dataUri(link);
        assertTrue(uri.startsWith("data:image/png;base64,"));
        assertEquals(java.util.Arrays.toString(QrCodes.png(link)),
                java.util.Arrays.toString(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
        assertTrue(uri == QrCodes.dataUri(link), "the second call answers from the cache");
    }
}
