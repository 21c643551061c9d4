package vn.tongket.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.util.List;

/** The legal texts an administrator keeps: a decision cites those in force on its signing date. */
@ApplicationScoped
public class LegalBases {

    /** Where a text whose order was not given is cited: after the local government law, the law and its decree. */
    static final int LAST = 100;

    static final String UNCONFIRMED = "chưa xác nhận";

    public List<LegalBasis> list() {
        return LegalBasis.listAll();
    }

    public LegalBasis get(long id) {
        LegalBasis b = LegalBasis.findById(id);
        if (b == null) {
            throw ProblemException.notFound(LegalBasisMessages.class, m -> m.legalBasisNotFound(id));
        }
        return b;
    }

    @Transactional
    public LegalBasis add(LegalBasisRequest r) {
        LegalBasis b = new LegalBasis();
        apply(b, r);
        b.persist();
        return b;
    }

    /** Corrects a text; ending it is giving its last day in force. */
    @Transactional
    public LegalBasis update(long id, LegalBasisRequest r) {
        LegalBasis b = get(id);
        apply(b, r);
        return b;
    }

    /** For a text entered by mistake: one that has ceased keeps its row, with its last day. */
    @Transactional
    public LegalBasis delete(long id) {
        LegalBasis b = get(id);
        b.delete();
        return b;
    }

    private static void apply(LegalBasis b, LegalBasisRequest r) {
        if (r.effectiveUntil() != null && r.effectiveUntil().isBefore(r.effectiveFrom())) {
            throw ProblemException.invalid("effectiveUntil", LegalBasisMessages.class, m -> m.untilBeforeFrom());
        }
        if (r.effectiveFrom().isBefore(r.issuedOn())) {
            throw ProblemException.invalid("effectiveFrom", LegalBasisMessages.class, m -> m.fromBeforeIssued());
        }
        String number = Text.clean(r.number());
        LegalBasis.findByNumber(number).filter(other -> other != b).ifPresent(other -> {
            throw ProblemException.conflict(LegalBasisMessages.class, m -> m.legalBasisNumberTaken(number));
        });
        b.title = Text.clean(r.title());
        b.number = number;
        b.issuedOn = r.issuedOn();
        b.subject = Text.clean(r.subject());
        b.effectiveFrom = r.effectiveFrom();
        b.effectiveUntil = r.effectiveUntil();
        String source = Text.clean(r.source());
        b.source = source == null ? UNCONFIRMED : source;
        b.confirmed = r.confirmed();
        b.sortOrder = r.sortOrder() == null ? LAST : r.sortOrder();
    }
}
