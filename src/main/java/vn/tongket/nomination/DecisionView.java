package vn.tongket.nomination;

import java.time.LocalDate;
import java.util.List;

/** A recorded decision with the prize money of each nominee and the total. */
public record DecisionView(Long id, String number, LocalDate signedOn, List<Line> nominations, long total) {

    /** One nominee of the decision. */
    public record Line(Long id, NominationKind kind, String nomineeName, String organization, Long prizeAmount) {
    }

    public static DecisionView of(AwardDecision d) {
        List<Line> lines = Nomination.listByDecision(d.id).stream()
                .map(n -> new Line(n.id, n.kind, n.nomineeName, n.organization.name, n.prizeAmount)).toList();
        long total = lines.stream().mapToLong(l -> l.prizeAmount() == null ? 0 : l.prizeAmount()).sum();
        return new DecisionView(d.id, d.number, d.signedOn, lines, total);
    }
}
