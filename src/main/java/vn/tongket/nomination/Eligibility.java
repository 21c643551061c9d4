package vn.tongket.nomination;

import java.util.List;

/**
 * The eligibility rules in force, checked on a nomination (implemented where the rules and the registry of awards
 * live, so that this package does not depend on them).
 */
public interface Eligibility {

    /** The rules the nomination breaks, blocking ones first; empty when it meets them all. */
    List<EligibilityFinding> check(Nomination n);
}
