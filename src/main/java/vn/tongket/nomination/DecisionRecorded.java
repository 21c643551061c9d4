package vn.tongket.nomination;

/** Fired, inside the transaction, when the Chairman's decision is recorded: the registry of awards keeps it. */
public record DecisionRecorded(long decisionId) {
}
