package vn.tongket.nomination;

import io.quarkus.qute.TemplateEnum;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static vn.tongket.nomination.NominationStatus.APPROVED;
import static vn.tongket.nomination.NominationStatus.AWARDED;
import static vn.tongket.nomination.NominationStatus.DECIDED;
import static vn.tongket.nomination.NominationStatus.DRAFT;
import static vn.tongket.nomination.NominationStatus.REJECTED;
import static vn.tongket.nomination.NominationStatus.RETURNED;
import static vn.tongket.nomination.NominationStatus.SUBMITTED;
import static vn.tongket.nomination.NominationStatus.WITHDRAWN;

/**
 * The transition table of docs/design.md section 4: what each action needs (states it starts from) and where it
 * leads. EDIT changes no state but is allowed only in DRAFT and RETURNED. Anything not in this table is refused.
 */
@TemplateEnum
public enum NominationAction {
    EDIT(EnumSet.of(DRAFT, RETURNED), null),
    SUBMIT(EnumSet.of(DRAFT, RETURNED), SUBMITTED),
    APPROVE(EnumSet.of(SUBMITTED), APPROVED),
    RETURN(EnumSet.of(SUBMITTED), RETURNED),
    REJECT(EnumSet.of(SUBMITTED), REJECTED),
    WITHDRAW(EnumSet.of(DRAFT, SUBMITTED, RETURNED, APPROVED), WITHDRAWN),
    DECIDE(EnumSet.of(APPROVED), DECIDED),
    AWARD(EnumSet.of(DECIDED), AWARDED);

    private final Set<NominationStatus> from;
    private final NominationStatus to;

    NominationAction(Set<NominationStatus> from, NominationStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(NominationStatus status) {
        return from.contains(status);
    }

    /** The state after the action: the same state for EDIT. */
    public NominationStatus target(NominationStatus current) {
        return to == null ? current : to;
    }

    /** What may be done from a state, in table order. */
    public static List<NominationAction> allowedIn(NominationStatus status) {
        return Arrays.stream(values()).filter(a -> a.allowedFrom(status)).toList();
    }
}
