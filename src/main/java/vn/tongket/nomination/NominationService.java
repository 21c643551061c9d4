package vn.tongket.nomination;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.tongket.audit.AuditEntry;
import vn.tongket.audit.AuditLog;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.delegate.Delegate;
import vn.tongket.delegate.DelegateCategory;
import vn.tongket.delegate.DelegateRequest;
import vn.tongket.delegate.DelegateService;
import vn.tongket.delegate.OrganizationService;
import vn.tongket.security.UserAccount;
import vn.tongket.web.PageRequest;
import vn.tongket.web.ProblemException;
import vn.tongket.web.ResultPage;
import vn.tongket.web.Text;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Nominations and their state machine (docs/design.md section 4). Every transition locks the nomination row, checks
 * the transition table, changes the state and writes an audit entry, all in one transaction.
 */
@ApplicationScoped
public class NominationService {

    public static final String AUDIT_TYPE = "NOMINATION";

    /** The states of a nomination on the awards list. */
    static final List<NominationStatus> AWARD_STATES = List.of(NominationStatus.DECIDED, NominationStatus.AWARDED);

    @Inject
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    OrganizationService organizations;

    @Inject
    DelegateService delegates;

    @Inject
    QuotaService quotas;

    @Inject
    AuditLog audit;

    @Inject
    NominationConfig config;

    @Inject
    Instance<SubmissionGate> submissionGates;

    @Inject
    Eligibility eligibility;

    @Inject
    jakarta.enterprise.event.Event<DecisionRecorded> decisionRecorded;

    public List<Nomination> list(long conferenceId) {
        conferences.get(conferenceId);
        return Nomination.listByConference(conferenceId);
    }

    /**
     * One page of the conference's nominations in {@code statuses} (null: all), in {@code order} (one of
     * Nomination's orders), with the number in those states.
     */
    public ResultPage<Nomination> page(long conferenceId, Collection<NominationStatus> statuses, String order,
                                       PageRequest page) {
        conferences.get(conferenceId);
        return page.result(Nomination.page(conferenceId, statuses, order, page),
                Nomination.countByConference(conferenceId, statuses));
    }

    /** One page of {@link #awards}, in the same order. */
    public ResultPage<Nomination> awardsPage(long conferenceId, PageRequest page) {
        return page(conferenceId, AWARD_STATES, Nomination.PRESENTATION_SQL_ORDER, page);
    }

    public Nomination get(long id) {
        Nomination n = Nomination.findById(id);
        if (n == null) {
            throw ProblemException.notFound(NominationMessages.class, m -> m.nominationNotFound(id));
        }
        return n;
    }

    /** The nomination, or 404 when it belongs to another conference than the page's. */
    public Nomination inConference(long conferenceId, long id) {
        Nomination n = get(id);
        if (!n.conference.id.equals(conferenceId)) {
            throw ProblemException.notFound(NominationMessages.class, m -> m.nominationNotFound(id));
        }
        return n;
    }

    /** The nomination's history, oldest first, with each person's full name. */
    public List<HistoryView> history(long id) {
        get(id);
        List<AuditEntry> entries = audit.history(AUDIT_TYPE, id);
        Map<String, String> names = UserAccount.fullNames(entries.stream().map(e -> e.actor).distinct().toList());
        return entries.stream().map(e -> HistoryView.of(e, names.get(e.actor))).toList();
    }

    @Transactional
    public Nomination create(long conferenceId, NominationRequest request) {
        Conference c = conferences.lock(conferenceId);
        quotas.ensureRows(conferenceId);
        Nomination n = new Nomination();
        n.conference = c;
        n.kind = request.kind();
        apply(n, request);
        n.persist();
        audit.record(AUDIT_TYPE, n.id, "CREATE", null, n.status.name(), null);
        return n;
    }

    /** Creates every nomination of an import in one transaction: all of them or, on any refusal, none. */
    @Transactional
    public List<Nomination> createAll(long conferenceId, List<NominationRequest> requests) {
        return requests.stream().map(r -> create(conferenceId, r)).toList();
    }

    @Transactional
    public Nomination update(long id, NominationRequest request) {
        Nomination n = lock(id, NominationAction.EDIT);
        if (request.kind() != n.kind && n.status != NominationStatus.DRAFT) {
            throw ProblemException.conflict(NominationMessages.class, m -> m.kindFixedAfterSubmit());
        }
        n.kind = request.kind();
        apply(n, request);
        audit.record(AUDIT_TYPE, n.id, NominationAction.EDIT.name(), n.status.name(), n.status.name(), null);
        return n;
    }

    /**
     * DRAFT -> SUBMITTED takes a quota slot (refused when none is free); RETURNED -> SUBMITTED keeps its slot. A
     * nomination of another conference than {@code conferenceId} (null: any conference) is not found.
     * <p>
     * A draft is refused at once, before it queues on the quota row's lock, when every slot is already taken by
     * committed submissions: under a burst of submissions the late ones answer 409 without waiting their turn. The
     * locked step still decides, so the early refusal only refuses what the lock would refuse too.
     */
    public Nomination submit(Long conferenceId, long id) {
        refuseEarlyWhenFull(conferenceId, id);
        return submitUnderLock(conferenceId, id);
    }

    /** Its own short transaction, no locks; thrown outside it, as QuarkusTransaction would wrap it otherwise. */
    private void refuseEarlyWhenFull(Long conferenceId, long id) {
        Optional<QuotaService.Full> full = QuarkusTransaction.requiringNew().call(() -> {
            Nomination n = Nomination.findById(id);
            return n == null || n.status != NominationStatus.DRAFT || !inScope(conferenceId, n.conference.id)
                    ? Optional.<QuotaService.Full>empty() // the locked step answers these
                    : quotas.fullWithoutLock(n.conference.id, n.kind);
        });
        full.ifPresent(f -> {
            throw f.refusal();
        });
    }

    @Transactional
    Nomination submitUnderLock(Long conferenceId, long id) {
        Key key = lockRow(id);
        if (!inScope(conferenceId, key.conferenceId())) {
            throw ProblemException.notFound(NominationMessages.class, m -> m.nominationNotFound(id));
        }
        check(key.status(), NominationAction.SUBMIT);
        if (!key.status().holdsSlot()) {
            quotas.claimSlot(key.conferenceId(), key.kind());
        }
        // The gates read after the quota's locking read: a plain read before it would fix the transaction's snapshot
        // and the quota would count stale slots. A refusal rolls the claimed slot back with the rest.
        Nomination n = get(id);
        submissionGates.forEach(gate -> gate.check(n));
        return transition(n, NominationAction.SUBMIT, null);
    }

    private static boolean inScope(Long conferenceId, long actual) {
        return conferenceId == null || conferenceId == actual;
    }

    @Transactional
    public Nomination review(long id, ReviewRequest request) {
        String note = Text.clean(request.note());
        NominationAction action = switch (request.decision()) {
            case APPROVE -> NominationAction.APPROVE;
            case RETURN -> NominationAction.RETURN;
            case REJECT -> NominationAction.REJECT;
        };
        if (action != NominationAction.APPROVE && note == null) {
            throw ProblemException.invalid("note", NominationMessages.class, m -> m.reviewNoteRequired());
        }
        Nomination n = lock(id, action);
        if (action == NominationAction.APPROVE) {
            refuseIneligible(n);
        }
        return transition(n, action, note);
    }

    /** 409 naming the first blocking rule the nomination breaks, with its clause. */
    private void refuseIneligible(Nomination n) {
        eligibility.check(n).stream().filter(EligibilityFinding::blocks).findFirst().ifPresent(f -> {
            throw ProblemException.conflict(NominationMessages.class,
                    m -> m.eligibilityBlocks(f.message().apply(m.languageCode()), f.source()));
        });
    }

    @Transactional
    public Nomination withdraw(long id, String note) {
        return transition(lock(id, NominationAction.WITHDRAW), NominationAction.WITHDRAW, Text.clean(note));
    }

    /** DECIDED -> AWARDED: presented at the conference. */
    @Transactional
    public Nomination award(long id) {
        return transition(lock(id, NominationAction.AWARD), NominationAction.AWARD, null);
    }

    /** The nomination locked while the organiser changes it or its attachments (DRAFT or RETURNED only). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Nomination lockForEdit(long id) {
        return lock(id, NominationAction.EDIT);
    }

    /** Names who receives a collective's award; the AWARDEE delegate follows. */
    @Transactional
    public Nomination setRepresentative(long id, RepresentativeRequest request) {
        Nomination n = get(id);
        if (n.kind != NominationKind.COLLECTIVE) {
            throw ProblemException.conflict(NominationMessages.class, m -> m.representativeOnlyCollective());
        }
        n.representativeName = Text.clean(request.name());
        n.representativePosition = Text.clean(request.position());
        if (n.delegateId != null && Delegate.findById(n.delegateId) != null) {
            delegates.update(n.conference.id, n.delegateId, awardeeRequest(n));
        }
        return n;
    }

    /** Records the Chairman's decision: every listed nomination must be APPROVED, else nothing changes. */
    @Transactional
    public AwardDecision decide(long conferenceId, DecisionRequest request, PrizeMoney.Amounts amounts) {
        Conference c = conferences.lock(conferenceId);
        String number = Text.clean(request.number());
        if (AwardDecision.numberTaken(conferenceId, number)) {
            throw ProblemException.conflict(NominationMessages.class, m -> m.decisionNumberTaken(number));
        }
        List<Nomination> covered = request.nominationIds().stream().distinct().map(id -> lock(id, NominationAction.DECIDE))
                .sorted(Nomination.PRESENTATION_ORDER).toList();
        for (Nomination n : covered) {
            if (!n.conference.id.equals(conferenceId)) {
                throw ProblemException.conflict(NominationMessages.class, m -> m.nominationOtherConference(n.id));
            }
        }
        AwardDecision d = new AwardDecision();
        d.conference = c;
        d.number = number;
        d.signedOn = request.signedOn();
        d.proposalNumber = Text.clean(request.proposalNumber());
        d.proposalDate = request.proposalDate();
        d.recordedBy = audit.currentActor();
        d.persist();
        for (Nomination n : covered) {
            n.decision = d;
            n.prizeAmount = amounts.of(n.kind);
            transition(n, NominationAction.DECIDE, number);
            Delegate awardee = delegates.add(conferenceId, awardeeRequest(n));
            n.delegateId = awardee.id;
        }
        // The MC introduces the awardees in the annex's order, across every decision of the conference.
        delegates.sequence(conferenceId, awards(conferenceId).stream().map(n -> n.delegateId)
                .filter(java.util.Objects::nonNull).toList());
        decisionRecorded.fire(new DecisionRecorded(d.id));
        return d;
    }

    /** The decided nominees in presentation order (collectives first, then individuals, by organisation precedence). */
    public List<Nomination> awards(long conferenceId) {
        conferences.get(conferenceId);
        return Nomination.listByConference(conferenceId, AWARD_STATES).stream().sorted(Nomination.PRESENTATION_ORDER).toList();
    }

    private DelegateRequest awardeeRequest(Nomination n) {
        boolean collective = n.kind == NominationKind.COLLECTIVE;
        return new DelegateRequest(n.awardeeName(), collective ? n.representativePosition : n.position,
                collective ? n.nomineeName : n.organization.name, null, null, DelegateCategory.AWARDEE, null,
                collective ? null : n.rank, null, null, collective);
    }

    private void apply(Nomination n, NominationRequest r) {
        if (r.kind() == NominationKind.INDIVIDUAL && Text.clean(r.position()) == null) {
            throw ProblemException.invalid("position", NominationMessages.class, m -> m.positionRequired());
        }
        boolean individual = r.kind() == NominationKind.INDIVIDUAL;
        n.nomineeName = Text.clean(r.nomineeName());
        n.position = Text.clean(r.position());
        n.rank = individual ? Text.clean(r.rank()) : null;
        n.gender = individual ? r.gender() : null;
        n.birthYear = individual ? r.birthYear() : null;
        n.organization = organizations.findOrCreate(r.organization());
        n.grassroots = r.grassroots() != null ? r.grassroots() : n.organization.grassroots;
        n.achievements = Text.clean(r.achievements());
        String unit = Text.clean(r.proposingUnit());
        n.proposingUnit = unit != null ? unit : config.defaultProposingUnit();
        n.representativeName = individual ? null : Text.clean(r.representativeName());
        n.representativePosition = individual ? null : Text.clean(r.representativePosition());
        n.excellentYears = r.excellentYears();
        n.initiatives = r.initiatives();
        n.disciplined = Boolean.TRUE.equals(r.disciplined());
    }

    private Nomination transition(Nomination n, NominationAction action, String note) {
        NominationStatus from = n.status;
        n.status = action.target(from);
        audit.record(AUDIT_TYPE, n.id, action.name(), from.name(), n.status.name(), note);
        return n;
    }

    /** The nomination locked for update, after checking that the action is allowed in its current state. */
    private Nomination lock(long id, NominationAction action) {
        check(lockRow(id).status(), action);
        return get(id);
    }

    private record Key(long conferenceId, NominationKind kind, NominationStatus status) {
    }

    /** Native FOR UPDATE (a locking read, which leaves the transaction's snapshot for later, see QuotaService.lock). */
    private Key lockRow(long id) {
        List<?> rows = em.createNativeQuery("SELECT conference_id, kind, status FROM nomination WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound(NominationMessages.class, m -> m.nominationNotFound(id));
        }
        Object[] row = (Object[]) rows.get(0);
        return new Key(((Number) row[0]).longValue(), NominationKind.valueOf((String) row[1]),
                NominationStatus.valueOf((String) row[2]));
    }

    /** 409 naming the current state and what may be done from it. */
    static void check(NominationStatus status, NominationAction action) {
        if (action.allowedFrom(status)) {
            return;
        }
        throw ProblemException.conflict(NominationMessages.class, m -> {
            String allowed = NominationAction.allowedIn(status).stream().map(m::nominationAction)
                    .collect(Collectors.joining(", "));
            return m.transitionRefused(m.nominationAction(action), m.nominationStatus(status),
                    allowed.isEmpty() ? m.nothingAllowed() : allowed);
        });
    }
}
