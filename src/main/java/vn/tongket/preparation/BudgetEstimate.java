package vn.tongket.preparation;

import vn.tongket.nomination.NominationKind;

import java.util.List;

/**
 * The budget estimate: the cost lines and their total (the conference's cost), and apart from it the prize money of
 * the decided nominations, paid from the emulation and commendation fund, not from the conference's budget (VND).
 */
public record BudgetEstimate(long conferenceId, List<Line> lines, long costTotal, List<Prize> prizes, long prizeTotal) {

    public record Line(long id, BudgetCategory category, String description, int quantity, String unit,
                       long unitPrice, long amount, int version) {
    }

    /** Decided awards of one kind and amount: count times the amount of the decision date's rates. */
    public record Prize(NominationKind kind, int count, long unitAmount, long amount) {
    }
}
