package vn.tongket.nomination;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A prize money rate row as the API returns it. */
public record PrizeRateView(Long id, PrizeRate.Name name, LocalDate effectiveFrom, BigDecimal value, String note,
                            String source, boolean confirmed) {

    public static PrizeRateView of(PrizeRate r) {
        return new PrizeRateView(r.id, r.name, r.effectiveFrom, r.value, r.note, r.source, r.confirmed);
    }
}
