package vn.tongket.dossier;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tongket.web.StorableDate;

import java.time.LocalDate;

/** Body of PUT /api/conferences/{id}/dossier/settings: the command's proposal number ("125/TTr-BCH"), date, signer. */
public record DossierSettingsRequest(
        @Size(max = 50) @Pattern(regexp = "^[^<>\\p{Cc}]*$") String proposalNumber,
        @StorableDate LocalDate proposalDate,
        @Size(max = 200) String signerTitle,
        @Size(max = 200) String signerName) {
}
