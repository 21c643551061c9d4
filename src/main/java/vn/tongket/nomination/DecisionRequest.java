package vn.tongket.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tongket.web.StorableDate;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of POST /api/conferences/{id}/decisions: the Chairman's decision over APPROVED nominations, and the Home Affairs
 * submission (Tờ trình) it answers: {@code proposalNumber} like "125/TTr-SNV" and {@code proposalDate}.
 */
public record DecisionRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "^[^<>\\p{Cc}]*$") String number,
        @NotNull @StorableDate LocalDate signedOn,
        @NotEmpty @Size(max = 200) List<@NotNull Long> nominationIds,
        @Size(max = 50) @Pattern(regexp = "^[^<>\\p{Cc}]*$") String proposalNumber,
        @StorableDate LocalDate proposalDate) {

    /** Without the Home Affairs submission (Tờ trình): the decision prints blanks for it. */
    public DecisionRequest(String number, LocalDate signedOn, List<Long> nominationIds) {
        this(number, signedOn, nominationIds, null, null);
    }
}
