package vn.tongket.nomination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tongket.web.StorableDate;

import java.time.LocalDate;

/**
 * Body of POST/PUT /api/legal-bases. {@code source} empty is stored as "chưa xác nhận"; {@code sortOrder} null puts the
 * text after the others; {@code effectiveUntil} null: still in force.
 */
public record LegalBasisRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 50) String number,
        @NotNull @StorableDate LocalDate issuedOn,
        @Size(max = 300) String subject,
        @NotNull @StorableDate LocalDate effectiveFrom,
        @StorableDate LocalDate effectiveUntil,
        @Size(max = 500) String source,
        boolean confirmed,
        @Min(0) @Max(1000) Integer sortOrder) {
}
