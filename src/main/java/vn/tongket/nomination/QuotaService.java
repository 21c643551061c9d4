package vn.tongket.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.tongket.web.ProblemException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cap per conference and kind (table nomination_quota) and the slots in use. Submissions take the quota row's
 * lock (native SELECT ... FOR UPDATE) before counting, so concurrent submitters are counted one after another.
 */
@ApplicationScoped
public class QuotaService {

    /**
     * Cap and use of one kind; grassroots counts the slot holders that are grassroots (cơ sở), and grassrootsLow
     * warns (never blocks) when fewer than half of them are.
     */
    public record Meter(int cap, long used, long grassroots, boolean full, boolean grassrootsLow) {
        static Meter of(int cap, long used, long grassroots) {
            return new Meter(cap, used, grassroots, used >= cap, used > 0 && grassroots * 2 < used);
        }

        public int percent() {
            return cap == 0 ? 100 : (int) Math.min(100, used * 100 / cap);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    NominationConfig config;

    /** One kind's meter, as the pages show it. */
    public record MeterRow(NominationKind kind, Meter meter) {
    }

    public List<MeterRow> meterRows(long conferenceId) {
        return meters(conferenceId).entrySet().stream().map(e -> new MeterRow(e.getKey(), e.getValue())).toList();
    }

    public Map<NominationKind, Meter> meters(long conferenceId) {
        Map<NominationKind, Meter> meters = new EnumMap<>(NominationKind.class);
        for (NominationKind kind : NominationKind.values()) {
            meters.put(kind, Meter.of(cap(conferenceId, kind), used(conferenceId, kind), grassrootsUsed(conferenceId, kind)));
        }
        return meters;
    }

    /**
     * Creates the conference's quota rows with the default caps where missing. Safe without any other lock: a row
     * another transaction created at the same moment is kept as it is (the key decides, no check-then-insert race).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureRows(long conferenceId) {
        for (NominationKind kind : NominationKind.values()) {
            if (capRow(conferenceId, kind).isEmpty()) {
                em.createNativeQuery("INSERT INTO nomination_quota (conference_id, kind, cap) VALUES (?1, ?2, ?3) "
                                + "ON DUPLICATE KEY UPDATE cap = cap")
                        .setParameter(1, conferenceId).setParameter(2, kind.name()).setParameter(3, config.defaultCap())
                        .executeUpdate();
            }
        }
    }

    /**
     * Locks the quota row of a kind and returns its cap. Must be the transaction's first plain read of nominations:
     * InnoDB takes the consistent snapshot at the first non-locking read, so counting after the lock sees every
     * submission committed before it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int lock(long conferenceId, NominationKind kind) {
        List<?> rows = em.createNativeQuery(
                        "SELECT cap FROM nomination_quota WHERE conference_id = ?1 AND kind = ?2 FOR UPDATE")
                .setParameter(1, conferenceId).setParameter(2, kind.name()).getResultList();
        if (rows.isEmpty()) {
            ensureRows(conferenceId);
            return lock(conferenceId, kind);
        }
        return ((Number) rows.get(0)).intValue();
    }

    /** Refuses with "Đã đủ 20/20 tập thể" when no slot is free; the caller holds the quota lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void claimSlot(long conferenceId, NominationKind kind) {
        int cap = lock(conferenceId, kind);
        long used = used(conferenceId, kind);
        if (used >= cap) {
            throw new Full(used, cap, kind).refusal();
        }
    }

    /** Every slot of a kind is taken: the numbers the refusal names. */
    public record Full(long used, int cap, NominationKind kind) {

        /** 409 "Đã đủ 20/20 tập thể: không thể gửi thêm đề nghị." */
        public ProblemException refusal() {
            return ProblemException.conflict(NominationMessages.class, m -> m.quotaFull(used, cap, kindWord(m, kind)));
        }
    }

    /**
     * Outside the quota lock, in the caller's (short, read-only) transaction: whether every slot of the kind is
     * already taken by committed submissions. Only a shortcut for refusing early; {@link #claimSlot} decides.
     */
    public java.util.Optional<Full> fullWithoutLock(long conferenceId, NominationKind kind) {
        int cap = cap(conferenceId, kind);
        long used = used(conferenceId, kind);
        return used >= cap ? java.util.Optional.of(new Full(used, cap, kind)) : java.util.Optional.empty();
    }

    /** Sets a cap, never below the slots in use. */
    @Transactional
    public Map<NominationKind, Meter> setCap(long conferenceId, NominationKind kind, int cap) {
        lock(conferenceId, kind);
        long used = used(conferenceId, kind);
        if (cap < used) {
            throw ProblemException.conflict(NominationMessages.class, m -> m.quotaBelowUsed(cap, used, kindWord(m, kind)));
        }
        em.createNativeQuery("UPDATE nomination_quota SET cap = ?3 WHERE conference_id = ?1 AND kind = ?2")
                .setParameter(1, conferenceId).setParameter(2, kind.name()).setParameter(3, cap).executeUpdate();
        return meters(conferenceId);
    }

    private int cap(long conferenceId, NominationKind kind) {
        return capRow(conferenceId, kind).map(Number::intValue).orElse(config.defaultCap());
    }

    private java.util.Optional<Number> capRow(long conferenceId, NominationKind kind) {
        List<?> rows = em.createNativeQuery("SELECT cap FROM nomination_quota WHERE conference_id = ?1 AND kind = ?2")
                .setParameter(1, conferenceId).setParameter(2, kind.name()).getResultList();
        return rows.stream().map(Number.class::cast).findFirst();
    }

    long used(long conferenceId, NominationKind kind) {
        return em.createQuery("select count(n) from Nomination n where n.conference.id = ?1 and n.kind = ?2 "
                        + "and n.status in ?3", Long.class)
                .setParameter(1, conferenceId).setParameter(2, kind).setParameter(3, NominationStatus.HOLDING_SLOT)
                .getSingleResult();
    }

    private long grassrootsUsed(long conferenceId, NominationKind kind) {
        return em.createQuery("select count(n) from Nomination n where n.conference.id = ?1 and n.kind = ?2 "
                        + "and n.status in ?3 and n.grassroots = true", Long.class)
                .setParameter(1, conferenceId).setParameter(2, kind).setParameter(3, NominationStatus.HOLDING_SLOT)
                .getSingleResult();
    }

    static String kindWord(NominationMessages m, NominationKind kind) {
        return kind == NominationKind.COLLECTIVE ? m.kindWordCollective() : m.kindWordIndividual();
    }
}
