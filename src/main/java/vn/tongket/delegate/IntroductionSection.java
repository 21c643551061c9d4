package vn.tongket.delegate;

/**
 * The sections of the introduction list in the plan's order: the Thường trực Tỉnh ủy, HĐND, UBND tỉnh; the guests
 * from above; the participants; the awardees. A flag on the delegate (not a fourth category) marks the first section:
 * the standing members are guests or participants for everything else (letters, counts, check-in groups), and only the
 * MC's list puts them first.
 */
public enum IntroductionSection {
    PROVINCIAL_STANDING, GUEST, PARTICIPANT, AWARDEE;

    /** HQL: the section's ordinal for a delegate {@code d}, for sorting and counting in the database. */
    static final String ORDINAL = "case when d.provincialStanding = true and d.category <> "
            + DelegateCategory.class.getName() + ".AWARDEE then 0"
            + " when d.category = " + DelegateCategory.class.getName() + ".GUEST then 1"
            + " when d.category = " + DelegateCategory.class.getName() + ".PARTICIPANT then 2 else 3 end";

    public static IntroductionSection of(Delegate d) {
        if (d.provincialStanding && d.category != DelegateCategory.AWARDEE) {
            return PROVINCIAL_STANDING;
        }
        return valueOf(d.category.name());
    }
}
