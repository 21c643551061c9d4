package vn.tongket.signature;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tongket.document.PdfRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A PDF signed by the signer and then the office checks out here and with poppler's pdfsig; any change breaks it. */
class PadesSignatureTest {

    private static byte[] signed;
    private static SigningKeys keys;

    @BeforeAll
    static void signOnce() {
        keys = SigningKeys.demo();
        byte[] pdf = new PdfRenderer().render("<html><body><p>Quyết định số 163/QĐ-UBND</p></body></html>");
        PadesSigner signer = new PadesSigner(Optional.empty());
        Instant at = Instant.parse("2026-12-08T02:00:00Z");
        signed = pdf;
        for (SigningKeys.SigningKey key : keys.signers()) {
            signed = signer.sign(signed, key, new PadesSigner.Claims("x", "Phát hành văn bản", "Bắc Giang", at));
        }
    }

    @Test
    void bothSignaturesVerify() {
        SignatureCheck.Verdict verdict = new SignatureCheck(keys.trustAnchors()).check(signed);
        assertEquals(SignatureCheck.Reason.VALID, verdict.reason());
        assertEquals(java.util.List.of("Nguyễn Văn Demo (chứng thư thử nghiệm)", "Văn phòng demo (chứng thư thử nghiệm)"),
                verdict.signers().stream().map(SignatureCheck.Signer::name).toList());
    }

    @Test
    void oneFlippedByteIsCaught() {
        byte[] copy = signed.clone();
        copy[copy.length / 3] ^= 0x01;
        assertFalse(new SignatureCheck(keys.trustAnchors()).check(copy).valid());
    }

    @Test
    void anotherAuthorityIsNotTrusted() {
        assertEquals(SignatureCheck.Reason.UNTRUSTED,
                new SignatureCheck(SigningKeys.demo().trustAnchors()).check(signed).reason());
    }

    @Test
    void appendedChangesAreCaught() {
        byte[] longer = java.util.Arrays.copyOf(signed, signed.length + 10);
        System.arraycopy("\n% later\n".getBytes(), 0, longer, signed.length, 9);
        assertEquals(SignatureCheck.Reason.CHANGED_AFTER_SIGNING,
                new SignatureCheck(keys.trustAnchors()).check(longer).reason());
    }

    @Test
    void pdfsigAgrees() throws IOException, InterruptedException {
        Path file = Files.createTempFile("signed-", ".pdf");
        Files.write(file, signed);
        Process p = new ProcessBuilder("pdfsig", "-nocert", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        assertTrue(out.contains("Signature #2:"), out);
        assertFalse(out.contains("Signature #3:"), out);
        assertEquals(2, out.split("Signature Validation: Signature is Valid\\.", -1).length - 1, out);
        assertTrue(out.contains("Signature Type: ETSI.CAdES.detached"), out);
    }
}
