package vn.tongket.nomination;

/** Tập thể or cá nhân; collectives come first wherever awards are listed. */
public enum NominationKind {
    COLLECTIVE, INDIVIDUAL
}
