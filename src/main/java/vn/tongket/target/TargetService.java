package vn.tongket.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.delegate.Organization;
import vn.tongket.delegate.OrganizationService;
import vn.tongket.nomination.Nomination;
import vn.tongket.nomination.NominationKind;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's targets per conference and each unit's results; templates reach it as {@code inject:targets} for the
 * nomination page and the report outline, so both show the same table as the targets page.
 */
@ApplicationScoped
@Named("targets")
public class TargetService {

    @Inject
    ConferenceService conferences;

    @Inject
    OrganizationService organizations;

    public TargetTable table(long conferenceId) {
        conferences.get(conferenceId);
        List<Target> targets = Target.ofConference(conferenceId);
        Map<Long, Map<Long, BigDecimal>> byUnit = new HashMap<>();
        Map<Long, Organization> units = new LinkedHashMap<>();
        for (TargetResult r : TargetResult.ofConference(conferenceId)) {
            units.putIfAbsent(r.organization.id, r.organization);
            byUnit.computeIfAbsent(r.organization.id, k -> new HashMap<>()).put(r.target.id, r.value);
        }
        List<TargetTable.UnitRow> rows = units.values().stream()
                .sorted(Comparator.comparingInt((Organization o) -> o.precedence).thenComparing(o -> o.name))
                .map(o -> new TargetTable.UnitRow(o, targets.stream()
                        .map(t -> new TargetTable.Cell(t, byUnit.get(o.id).get(t.id))).toList()))
                .toList();
        return new TargetTable(targets, rows);
    }

    /** A collective nominee's unit against the targets; null for an individual or a conference without targets. */
    public TargetTable.UnitRow forNomination(Nomination n) {
        if (n.kind != NominationKind.COLLECTIVE) {
            return null;
        }
        TargetTable table = table(n.conference.id);
        if (table.targets().isEmpty()) {
            return null;
        }
        TargetTable.UnitRow row = table.of(n.organization.id);
        return row != null ? row : new TargetTable.UnitRow(n.organization,
                table.targets().stream().map(t -> new TargetTable.Cell(t, null)).toList());
    }

    /** The plan's targets added to a conference that has none yet; returns how many were added. */
    @Transactional
    public int seed(long conferenceId) {
        Conference c = conferences.lock(conferenceId);
        if (Target.count("conference.id", conferenceId) > 0) {
            return 0;
        }
        int order = 0;
        for (PlanTargets.Seed s : PlanTargets.SEEDS) {
            Target t = new Target();
            t.conference = c;
            t.sortOrder = ++order;
            t.name = s.name();
            t.unit = s.unit();
            t.targetValue = s.value();
            t.source = s.source();
            t.persist();
        }
        return order;
    }

    @Transactional
    public Target add(long conferenceId, TargetRequest request) {
        Conference c = conferences.lock(conferenceId);
        Target t = new Target();
        t.conference = c;
        t.sortOrder = (int) Target.count("conference.id", conferenceId) + 1;
        apply(conferenceId, t, request);
        t.persist();
        return t;
    }

    @Transactional
    public Target update(long conferenceId, long targetId, TargetRequest request) {
        conferences.lock(conferenceId);
        Target t = target(conferenceId, targetId);
        apply(conferenceId, t, request);
        return t;
    }

    @Transactional
    public void delete(long conferenceId, long targetId) {
        conferences.lock(conferenceId);
        Target t = target(conferenceId, targetId);
        TargetResult.delete("target.id", t.id);
        t.delete();
    }

    @Transactional
    public TargetResult setResult(long conferenceId, ResultRequest request) {
        conferences.lock(conferenceId);
        Target t = target(conferenceId, request.targetId());
        Organization o = organizations.findOrCreate(Text.clean(request.organization()));
        TargetResult r = TargetResult.<TargetResult>find("target.id = ?1 and organization.id = ?2", t.id, o.id)
                .firstResultOptional().orElseGet(TargetResult::new);
        r.target = t;
        r.organization = o;
        r.value = request.value();
        r.persist();
        return r;
    }

    /** An imported table: targets matched by name (added when new, their unit and value updated), then each result. */
    @Transactional
    public int importTable(long conferenceId, TargetSheet.Parsed parsed) {
        conferences.lock(conferenceId);
        List<Long> ids = new ArrayList<>();
        for (TargetRequest tr : parsed.targets()) {
            Target t = Target.<Target>find("conference.id = ?1 and name = ?2", conferenceId, tr.name())
                    .firstResultOptional().orElse(null);
            ids.add(t == null ? add(conferenceId, tr).id : update(conferenceId, t.id, tr).id);
        }
        int count = 0;
        for (TargetSheet.ParsedResult r : parsed.results()) {
            setResult(conferenceId, new ResultRequest(ids.get(r.column()), r.organization(), r.value()));
            count++;
        }
        return count;
    }

    private Target target(long conferenceId, long targetId) {
        Target t = Target.findById(targetId);
        if (t == null || !t.conference.id.equals(conferenceId)) {
            throw ProblemException.notFound(TargetMessages.class, m -> m.targetNotFound(targetId));
        }
        return t;
    }

    private static void apply(long conferenceId, Target t, TargetRequest r) {
        String name = Text.clean(r.name());
        boolean taken = Target.count("conference.id = ?1 and name = ?2 and id <> ?3", conferenceId, name,
                t.id == null ? -1L : t.id) > 0;
        if (taken) {
            throw ProblemException.conflict(TargetMessages.class, m -> m.targetDuplicate(name));
        }
        t.name = name;
        t.unit = Text.clean(r.unit());
        t.targetValue = r.targetValue();
    }
}
