package vn.tongket.preparation;

import jakarta.validation.constraints.Size;
import vn.tongket.web.StorableDate;

import java.time.LocalDate;

/** Body of PUT .../budget/head and .../outline/report-head; a blank field falls back to the document's default. */
public record DocumentHeadRequest(
        @Size(max = 400) String issuer,
        @Size(max = 50) String number,
        @StorableDate LocalDate issuedOn,
        @Size(max = 200) String signerTitle,
        @Size(max = 200) String signerName,
        @Size(max = 2000) String basis) {
}
