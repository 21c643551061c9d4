package vn.tongket.nomination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Body of PUT /api/conferences/{id}/nominations/quota. */
public record QuotaRequest(@NotNull NominationKind kind, @NotNull @Min(0) @Max(1000) Integer cap) {
}
