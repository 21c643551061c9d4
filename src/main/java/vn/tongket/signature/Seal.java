package vn.tongket.signature;

import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What a signed document prints of its signatures, in the signature block and at its foot: who signs (the
 * certificates' names, signer then office), when, and the link (and QR code) to its public verification page.
 */
@TemplateData
public record Seal(List<String> signers, Instant at, String verifyUrl, boolean demo) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public String signer() {
        return signers.get(0);
    }

    /** The office's name when the office signs too; null otherwise. */
    public String office() {
        return signers.size() > 1 ? signers.get(1) : null;
    }

    /** "09:00:00 08/12/2026", Vietnam time. */
    public String time() {
        return TIME.format(at);
    }
}
