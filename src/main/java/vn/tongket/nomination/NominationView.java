package vn.tongket.nomination;

/** A nomination as the API returns it. */
public record NominationView(Long id, Long conferenceId, NominationKind kind, String nomineeName, String position,
                             String rank, Gender gender, Integer birthYear, String organization, boolean grassroots,
                             String achievements, String proposingUnit, String representativeName,
                             String representativePosition, NominationStatus status, String decisionNumber,
                             Long prizeAmount, Long delegateId) {

    public static NominationView of(Nomination n) {
        return new NominationView(n.id, n.conference.id, n.kind, n.nomineeName, n.position, n.rank, n.gender,
                n.birthYear, n.organization.name, n.grassroots, n.achievements, n.proposingUnit, n.representativeName,
                n.representativePosition, n.status, n.decision == null ? null : n.decision.number, n.prizeAmount,
                n.delegateId);
    }
}
