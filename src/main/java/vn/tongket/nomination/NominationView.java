package vn.tongket.nomination;

import java.util.List;

/** A nomination as the API returns it, with the eligibility rules it breaks ({@code eligibility}, empty when none). */
public record NominationView(Long id, Long conferenceId, NominationKind kind, String nomineeName, String position,
                             String rank, Gender gender, Integer birthYear, String organization, boolean grassroots,
                             String achievements, String proposingUnit, String representativeName,
                             String representativePosition, NominationStatus status, String decisionNumber,
                             Long prizeAmount, Long delegateId, Integer excellentYears, Integer initiatives,
                             boolean disciplined, List<EligibilityView> eligibility) {

    public static NominationView of(Nomination n, List<EligibilityView> eligibility) {
        return new NominationView(n.id, n.conference.id, n.kind, n.nomineeName, n.position, n.rank, n.gender,
                n.birthYear, n.organization.name, n.grassroots, n.achievements, n.proposingUnit, n.representativeName,
                n.representativePosition, n.status, n.decision == null ? null : n.decision.number, n.prizeAmount,
                n.delegateId, n.excellentYears, n.initiatives, n.disciplined, eligibility);
    }
}
