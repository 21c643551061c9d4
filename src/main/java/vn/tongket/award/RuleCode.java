package vn.tongket.award;

/** What an eligibility rule checks; its numbers, dates, clause and severity are data (table eligibility_rule). */
public enum RuleCode {
    /** Consecutive years of "hoàn thành xuất sắc nhiệm vụ" and recognised initiatives at least the rule's minimums. */
    EXCELLENT_YEARS,
    /** The registry already holds the same form of award for the same recipient and year of achievement. */
    SAME_ACHIEVEMENT,
    /** The nominee is disciplined, or under disciplinary review, in the period of the achievement. */
    DISCIPLINED
}
