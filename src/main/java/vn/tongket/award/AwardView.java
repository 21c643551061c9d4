package vn.tongket.award;

import java.time.LocalDate;

/** An award of the registry as the API returns it. */
public record AwardView(Long id, String recipientName, boolean collective, String organization, String awardForm,
                        String decisionNumber, LocalDate decisionDate, int year, String achievement,
                        Integer registerNumber, Long sourceConferenceId) {

    public static AwardView of(AwardRecord r) {
        return new AwardView(r.id, r.recipientName, r.collective, r.organization, r.awardForm, r.decisionNumber,
                r.decisionDate, r.year, r.achievement, r.registerNumber, r.sourceConferenceId);
    }
}
