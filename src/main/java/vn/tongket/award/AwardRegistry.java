package vn.tongket.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import vn.tongket.nomination.AwardDecision;
import vn.tongket.nomination.DecisionRecorded;
import vn.tongket.nomination.Nomination;
import vn.tongket.nomination.NominationKind;
import vn.tongket.web.PageRequest;
import vn.tongket.web.ProblemException;
import vn.tongket.web.ResultPage;
import vn.tongket.web.Text;

import java.util.List;

/** The registry of awards: filled when a decision is recorded, searched, and completed from earlier years' sheets. */
@ApplicationScoped
public class AwardRegistry {

    /** The only form this service decides today: the provincial Chairman's Bằng khen. */
    public static final String CHAIRMAN_CERTIFICATE = "Bằng khen của Chủ tịch UBND tỉnh";

    /** In the decision's transaction: every covered nomination enters the registry with the next register number. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onDecision(@Observes DecisionRecorded event) {
        AwardDecision d = AwardDecision.findById(event.decisionId());
        for (Nomination n : Nomination.listByDecision(d.id)) {
            AwardRecord r = new AwardRecord();
            r.recipientName = n.nomineeName;
            r.collective = n.kind == NominationKind.COLLECTIVE;
            r.organization = n.organization.name;
            r.awardForm = CHAIRMAN_CERTIFICATE;
            r.decisionNumber = d.number;
            r.decisionDate = d.signedOn;
            r.year = d.conference.reviewYear;
            r.achievement = n.achievements;
            r.registerNumber = AwardRecord.nextRegisterNumber(r.year);
            r.sourceConferenceId = d.conference.id;
            r.nominationId = n.id;
            r.persist();
            r.flush();
        }
    }

    public ResultPage<AwardRecord> search(String text, Integer year, PageRequest page) {
        String t = Text.clean(text);
        return page.result(AwardRecord.search(t, year, page), AwardRecord.countSearch(t, year));
    }

    public AwardRecord get(long id) {
        AwardRecord r = AwardRecord.findById(id);
        if (r == null) {
            throw ProblemException.notFound(AwardMessages.class, m -> m.awardNotFound(id));
        }
        return r;
    }

    /** Every row of an import in one transaction: all of them or, on any refusal, none. */
    @Transactional
    public List<AwardRecord> importAll(List<AwardSheet.Row> rows) {
        for (AwardSheet.Row row : rows) {
            if (row.registerNumber() != null && AwardRecord.count("year = ?1 and registerNumber = ?2", row.year(),
                    row.registerNumber()) > 0) {
                throw ProblemException.conflict(AwardMessages.class,
                        m -> m.registerTaken(row.registerNumber(), row.year(), row.recipientName()));
            }
        }
        return rows.stream().map(row -> {
            AwardRecord r = new AwardRecord();
            r.recipientName = row.recipientName();
            r.collective = row.collective();
            r.organization = row.organization();
            r.awardForm = row.awardForm();
            r.decisionNumber = row.decisionNumber();
            r.decisionDate = row.decisionDate();
            r.year = row.year();
            r.achievement = row.achievement();
            r.registerNumber = row.registerNumber();
            r.persist();
            return r;
        }).toList();
    }
}
