package vn.tongket.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.conference.ConferenceService;
import vn.tongket.nomination.Nomination;
import vn.tongket.nomination.NominationKind;
import vn.tongket.nomination.NominationStatus;
import vn.tongket.nomination.PrizeMoney;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The budget estimate of the finance department: cost lines kept here and, never added to their total, the prize
 * money of the nominations the Chairman has decided (the amount fixed at the decision, from the commendations' rates).
 */
@ApplicationScoped
public class BudgetService {

    @Inject
    ConferenceService conferences;

    @Inject
    PrizeMoney prizeMoney;

    public BudgetEstimate estimate(long conferenceId) {
        conferences.get(conferenceId);
        List<BudgetEstimate.Line> lines = BudgetLine.listByConference(conferenceId).stream()
                .map(l -> new BudgetEstimate.Line(l.id, l.category, l.description, l.quantity, l.unit, l.unitPrice,
                        l.amount(), l.version)).toList();
        long costTotal = lines.stream().mapToLong(BudgetEstimate.Line::amount).reduce(0, Math::addExact);
        List<BudgetEstimate.Prize> prizes = prizes(conferenceId);
        long prizeTotal = prizes.stream().mapToLong(BudgetEstimate.Prize::amount).reduce(0, Math::addExact);
        return new BudgetEstimate(conferenceId, lines, costTotal, prizes, prizeTotal);
    }

    /** Decided (or already awarded) nominations grouped by kind and amount. */
    private List<BudgetEstimate.Prize> prizes(long conferenceId) {
        Map<String, int[]> counts = new TreeMap<>();
        List<Nomination> decided = Nomination.list("conference.id = ?1 and status in ?2", conferenceId,
                List.of(NominationStatus.DECIDED, NominationStatus.AWARDED));
        for (Nomination n : decided) {
            long amount = n.prizeAmount != null ? n.prizeAmount : prizeMoney.on(n.decision.signedOn).of(n.kind);
            counts.computeIfAbsent(n.kind.name() + "|" + amount, k -> new int[1])[0]++;
        }
        List<BudgetEstimate.Prize> prizes = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] parts = key.split("\\|");
            long unit = Long.parseLong(parts[1]);
            prizes.add(new BudgetEstimate.Prize(NominationKind.valueOf(parts[0]), count[0], unit,
                    Math.multiplyExact(unit, count[0])));
        });
        return prizes;
    }

    @Transactional
    public BudgetLine add(long conferenceId, BudgetLineRequest request) {
        conferences.lock(conferenceId);
        BudgetLine line = new BudgetLine();
        line.conferenceId = conferenceId;
        apply(line, request);
        line.persist();
        return line;
    }

    @Transactional
    public BudgetLine update(long conferenceId, long lineId, BudgetLineRequest request) {
        conferences.lock(conferenceId);
        BudgetLine line = get(conferenceId, lineId);
        apply(line, request);
        return line;
    }

    @Transactional
    public void delete(long conferenceId, long lineId) {
        conferences.lock(conferenceId);
        get(conferenceId, lineId).delete();
    }

    private static BudgetLine get(long conferenceId, long lineId) {
        BudgetLine line = BudgetLine.findById(lineId);
        if (line == null || !line.conferenceId.equals(conferenceId)) {
            throw ProblemException.notFound(PreparationMessages.class, m -> m.budgetLineNotFound(lineId));
        }
        return line;
    }

    private static void apply(BudgetLine line, BudgetLineRequest r) {
        line.category = r.category();
        line.description = Text.clean(r.description());
        line.quantity = r.quantity();
        line.unit = Text.clean(r.unit());
        line.unitPrice = r.unitPrice();
    }
}
