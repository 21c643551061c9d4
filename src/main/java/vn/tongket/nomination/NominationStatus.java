package vn.tongket.nomination;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of docs/design.md section 4. A nomination holds a quota slot from SUBMITTED until REJECTED or
 * WITHDRAWN.
 */
public enum NominationStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, REJECTED, WITHDRAWN, DECIDED, AWARDED;

    public static final Set<NominationStatus> HOLDING_SLOT = EnumSet.of(SUBMITTED, RETURNED, APPROVED, DECIDED, AWARDED);

    public boolean holdsSlot() {
        return HOLDING_SLOT.contains(this);
    }
}
