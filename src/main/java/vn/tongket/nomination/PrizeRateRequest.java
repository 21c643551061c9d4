package vn.tongket.nomination;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tongket.web.StorableDate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of POST/PUT /api/prize-rates. {@code source}: the legal text and article that set the rate; {@code confirmed}:
 * whether the figure was read in it (absent: not confirmed).
 */
public record PrizeRateRequest(
        @NotNull PrizeRate.Name name,
        @NotNull @StorableDate LocalDate effectiveFrom,
        @NotNull @DecimalMin(value = "0.0001") @Digits(integer = 11, fraction = 4) BigDecimal value,
        @Size(max = 300) String note,
        @Size(max = 500) String source,
        boolean confirmed) {
}
