package vn.tongket.home;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceStatus;
import vn.tongket.invitation.InvitationStatus;
import vn.tongket.nomination.NominationStatus;
import vn.tongket.preparation.OutlineService;
import vn.tongket.preparation.PresentationState;
import vn.tongket.preparation.SectionState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What waits for each role, per conference still in hand (planning or in progress) that has something waiting: one
 * aggregate query per kind of work over all conferences, so the home page costs the same with one conference or twenty.
 */
@ApplicationScoped
public class WorkQueue {

    /** Sent or printed, and no answer yet: the organiser calls or reminds. */
    static final Set<InvitationStatus> AWAITING_ANSWER = EnumSet.of(InvitationStatus.ISSUED, InvitationStatus.QUEUED,
            InvitationStatus.SENT);

    /** A kind of work and how many items wait; {@code link} opens the page where it is done. */
    public record Item(Kind kind, long count, String link) {
    }

    public enum Kind { TO_REVIEW, RETURNED, TO_DECIDE, ANSWERS_MISSING, MAILS_FAILED, SECTIONS_LATE, PRESENTATIONS_LATE, BUDGET }

    /** One conference and the work waiting in it for the reader (only kinds with something waiting). */
    public record ConferenceWork(Conference conference, List<Item> items) {
    }

    public List<ConferenceWork> reviewer() {
        return collect(List.of(
                counts(nominations(NominationStatus.SUBMITTED), Kind.TO_REVIEW, "/nominations/review")));
    }

    public List<ConferenceWork> approver() {
        return collect(List.of(
                counts(nominations(NominationStatus.APPROVED), Kind.TO_DECIDE, "/nominations/decision")));
    }

    /** The finance department: every conference still in hand, its budget estimate and how many cost lines it has. */
    public List<ConferenceWork> finance() {
        Map<Long, Long> lines = grouped("select l.conferenceId, count(l) from BudgetLine l group by l.conferenceId");
        return current().stream().map(c -> new ConferenceWork(c, List.of(new Item(Kind.BUDGET,
                lines.getOrDefault(c.id, 0L), "/conferences/" + c.id + "/budget")))).toList();
    }

    public List<ConferenceWork> organizer() {
        LocalDate today = OutlineService.today();
        return collect(List.of(
                counts(invitations(AWAITING_ANSWER), Kind.ANSWERS_MISSING, "/invitations"),
                counts(invitations(EnumSet.of(InvitationStatus.FAILED)), Kind.MAILS_FAILED, "/outbox"),
                counts(grouped("select s.conferenceId, count(s) from ReportSection s where s.state = ?1 and s.dueOn < ?2"
                        + " group by s.conferenceId", SectionState.REQUESTED, today), Kind.SECTIONS_LATE, "/outline"),
                counts(grouped("select p.conferenceId, count(p) from Presentation p where p.state in ?1 and p.dueOn < ?2"
                        + " group by p.conferenceId", EnumSet.of(PresentationState.REQUESTED, PresentationState.RETURNED),
                        today), Kind.PRESENTATIONS_LATE, "/presentations"),
                counts(nominations(NominationStatus.RETURNED), Kind.RETURNED, "/nominations")));
    }

    private List<Conference> current() {
        return Conference.list("status in ?1 order by startsAt desc",
                EnumSet.of(ConferenceStatus.PLANNING, ConferenceStatus.IN_PROGRESS));
    }

    private record Counts(Map<Long, Long> byConference, Kind kind, String path) {
    }

    private static Counts counts(Map<Long, Long> byConference, Kind kind, String path) {
        return new Counts(byConference, kind, path);
    }

    private List<ConferenceWork> collect(List<Counts> kinds) {
        List<ConferenceWork> result = new ArrayList<>();
        for (Conference c : current()) {
            List<Item> items = new ArrayList<>();
            for (Counts k : kinds) {
                long n = k.byConference().getOrDefault(c.id, 0L);
                if (n > 0) {
                    items.add(new Item(k.kind(), n, "/conferences/" + c.id + k.path()));
                }
            }
            if (!items.isEmpty()) {
                result.add(new ConferenceWork(c, items));
            }
        }
        return result;
    }

    private static Map<Long, Long> nominations(NominationStatus status) {
        return grouped("select n.conference.id, count(n) from Nomination n where n.status = ?1 group by n.conference.id",
                status);
    }

    private static Map<Long, Long> invitations(Set<InvitationStatus> statuses) {
        return grouped("select i.conference.id, count(i) from Invitation i where i.status in ?1 group by i.conference.id",
                statuses);
    }

    private static Map<Long, Long> grouped(String query, Object... parameters) {
        var q = Panache.getEntityManager().createQuery(query, Object[].class);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : q.getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
