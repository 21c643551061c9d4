package vn.tongket.delegate;

import java.util.Optional;

/**
 * The invitation register as the delegate list needs it (implemented where invitations live, so that this package
 * does not depend on them): a delegate whose letter has a number is withdrawn, never deleted.
 */
public interface NumberedLetters {

    /** "15/GM-UBND" when the delegate's letter has a number. */
    Optional<String> numberOf(long delegateId);

    /** Withdraws (thu hồi) the delegate's numbered letter, in the caller's transaction. */
    void withdraw(long delegateId);
}
