package vn.tongket.council;

import vn.tongket.nomination.Nomination;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The council's result for one nominee: the counts (paper tally when entered, else the votes cast in the application),
 * the share in favour of the rule's base and whether the vote carried it.
 */
public record Verdict(Nomination nomination, boolean voted, boolean paper, int yes, int no, int blank, int base,
                      boolean carried) {

    public int ballots() {
        return yes + no + blank;
    }

    /** Percent in favour, one decimal, "0" before any vote. */
    public String share() {
        if (base == 0) {
            return "0";
        }
        return BigDecimal.valueOf(yes * 100L).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
