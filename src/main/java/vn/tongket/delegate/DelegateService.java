package vn.tongket.delegate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.nomination.ImportRejectedException;
import vn.tongket.web.PageRequest;
import vn.tongket.web.ProblemException;
import vn.tongket.web.ResultPage;
import vn.tongket.web.Text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The delegate list of a conference: one email once per conference, protocol order kept by precedence. */
@ApplicationScoped
public class DelegateService {

    private static final int STEP = 10;

    @Inject
    ConferenceService conferences;

    @Inject
    OrganizationService organizations;

    @Inject
    NumberedLetters letters;

    /** Observers run in the changing transaction: what they keep is dropped at the change and again at its end. */
    @Inject
    Event<DelegateChanged> changed;

    public List<Delegate> list(long conferenceId, DelegateCategory category) {
        conferences.get(conferenceId);
        return category == null ? Delegate.listByConference(conferenceId)
                : Delegate.listByConference(conferenceId, category);
    }

    /** One page of the list in protocol order, with the size of the whole list (or category). */
    public ResultPage<Delegate> page(long conferenceId, DelegateCategory category, PageRequest page) {
        conferences.get(conferenceId);
        return page.result(Delegate.pageByConference(conferenceId, category, page),
                Delegate.countByConference(conferenceId, category));
    }

    /** One page of the introduction order (see {@link Delegate#introductionOrder}), with the size of the whole list. */
    public ResultPage<Delegate> introductionPage(long conferenceId, PageRequest page) {
        Conference c = conferences.get(conferenceId);
        long total = Delegate.countBySection(c).values().stream().mapToLong(Long::longValue).sum();
        return page.result(Delegate.introductionPage(c, page), total);
    }

    public List<Delegate> introduction(long conferenceId) {
        return Delegate.introductionOrder(conferences.get(conferenceId));
    }

    /** Who presides, as the introduction list names him ("Đồng chí ..., Chủ tịch UBND tỉnh"); null when not chosen. */
    public String presiding(long conferenceId) {
        Conference c = conferences.get(conferenceId);
        if (c.presidingDelegateId == null) {
            return null;
        }
        Delegate d = Delegate.findById(c.presidingDelegateId);
        return d == null || d.withdrawnAt != null ? null : Addressing.salutation(d);
    }

    public Delegate get(long conferenceId, long delegateId) {
        Delegate d = Delegate.findById(delegateId);
        if (d == null || !d.conference.id.equals(conferenceId) || d.withdrawnAt != null) {
            throw ProblemException.notFound(m -> m.delegateNotFound(delegateId));
        }
        return d;
    }

    @Transactional
    public Delegate add(long conferenceId, DelegateRequest request) {
        Conference c = conferences.lock(conferenceId);
        Delegate d = new Delegate();
        d.conference = c;
        apply(d, request);
        if (request.precedence() == null) {
            d.precedence = nextPrecedence(conferenceId);
        }
        d.persist();
        changed.fire(new DelegateChanged(conferenceId, d.id));
        return d;
    }

    /**
     * Adds every line of an imported sheet in one transaction, or none when any cell is wrong. An email already on
     * the list is a wrong cell too, as adding that one delegate would be refused; all are named at once, by row.
     */
    @Transactional
    public List<Delegate> importAll(long conferenceId, DelegateSheet.Reading sheet) {
        conferences.lock(conferenceId);
        List<ImportRejectedException.CellError> errors = new ArrayList<>(sheet.errors());
        for (DelegateSheet.Line line : sheet.lines()) {
            String email = Text.clean(line.request().email());
            if (email != null && !sheet.emailWrong(line.row())) {
                Delegate.findByEmail(conferenceId, email).ifPresent(other -> errors.add(DelegateSheet.emailError(
                        line.row(), m -> m.cellEmailTaken(email.toLowerCase(Locale.ROOT), other.fullName))));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportRejectedException.CellError::row)
                    .thenComparing(ImportRejectedException.CellError::column));
            throw new ImportRejectedException(errors);
        }
        return sheet.lines().stream().map(line -> add(conferenceId, line.request())).toList();
    }

    @Transactional
    public Delegate update(long conferenceId, long delegateId, DelegateRequest request) {
        conferences.lock(conferenceId);
        Delegate d = get(conferenceId, delegateId);
        int previous = d.precedence;
        apply(d, request);
        if (request.precedence() == null) {
            d.precedence = previous;
        }
        changed.fire(new DelegateChanged(conferenceId, delegateId));
        return d;
    }

    /** What removing a delegate does: {@code letterNumber} set when their letter has one and is withdrawn instead. */
    public record Removal(Delegate delegate, String letterNumber) {

        public boolean withdraws() {
            return letterNumber != null;
        }
    }

    /** What {@link #delete} would do now, for the page that asks to confirm it. */
    public Removal removal(long conferenceId, long delegateId) {
        Delegate d = get(conferenceId, delegateId);
        return new Removal(d, letters.numberOf(delegateId).orElse(null));
    }

    /**
     * Deletes the delegate, unless their letter has a number: then the letter is withdrawn (it stays in the invitation
     * register and the outbox history, and its answer link says so) and the delegate leaves every list but stays for
     * the register's row.
     */
    @Transactional
    public Removal delete(long conferenceId, long delegateId) {
        Conference c = conferences.lock(conferenceId);
        Removal removal = removal(conferenceId, delegateId);
        if (Long.valueOf(delegateId).equals(c.presidingDelegateId)) {
            c.presidingDelegateId = null;
        }
        if (removal.withdraws()) {
            letters.withdraw(delegateId);
            removal.delegate().withdrawnAt = Instant.now();
        } else {
            removal.delegate().delete();
        }
        changed.fire(new DelegateChanged(conferenceId, delegateId));
        return removal;
    }

    /** Moves a delegate one place up (-1) or down (+1) in protocol order, renumbering the list in steps of 10. */
    @Transactional
    public void move(long conferenceId, long delegateId, int direction) {
        conferences.lock(conferenceId);
        Delegate moving = get(conferenceId, delegateId);
        List<Delegate> order = new ArrayList<>(Delegate.listByConference(conferenceId));
        int index = order.indexOf(moving);
        int target = index + Integer.signum(direction);
        if (index < 0 || target < 0 || target >= order.size()) {
            return;
        }
        order.set(index, order.get(target));
        order.set(target, moving);
        for (int i = 0; i < order.size(); i++) {
            order.get(i).precedence = (i + 1) * STEP;
        }
        changed.fire(new DelegateChanged(conferenceId, delegateId));
    }

    /** Puts these delegates (awardees, in the annex's order) after every other, in this order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sequence(long conferenceId, List<Long> delegateIds) {
        int next = nextPrecedence(conferenceId);
        for (Long id : delegateIds) {
            Delegate d = Delegate.findById(id);
            if (d != null && d.conference.id.equals(conferenceId)) {
                d.precedence = next;
                next += STEP;
            }
        }
    }

    private void apply(Delegate d, DelegateRequest r) {
        String email = Text.clean(r.email());
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            String wanted = email;
            Delegate.findByEmail(d.conference.id, email)
                    .filter(other -> !other.id.equals(d.id))
                    .ifPresent(other -> {
                        throw ProblemException.conflict(m -> m.delegateEmailTaken(wanted, other.fullName));
                    });
        }
        d.fullName = Text.clean(r.fullName());
        d.position = Text.clean(r.position());
        d.organization = organizations.findOrCreate(r.organization());
        d.email = email;
        d.phone = Text.clean(r.phone());
        d.category = r.category();
        d.rank = Text.clean(r.rank());
        d.partyTitle = Text.clean(r.partyTitle());
        d.provincialStanding = Boolean.TRUE.equals(r.provincialStanding());
        d.collective = Boolean.TRUE.equals(r.collective());
        if (r.precedence() != null) {
            d.precedence = r.precedence();
        }
    }

    private int nextPrecedence(long conferenceId) {
        Integer max = Delegate.getEntityManager()
                .createQuery("select max(d.precedence) from Delegate d where d.conference.id = ?1", Integer.class)
                .setParameter(1, conferenceId).getSingleResult();
        return (max == null ? 0 : max) + STEP;
    }
}
