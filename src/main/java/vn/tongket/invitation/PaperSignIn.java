package vn.tongket.invitation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.ProblemException;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who signed the printed sign-in sheet, entered afterwards: a paper signature is a check-in with source PAPER. One
 * check-in per delegate and the first one kept, so a delegate the desk already admitted keeps the desk's time, and
 * unticking removes only a PAPER check-in.
 */
@ApplicationScoped
public class PaperSignIn {

    /** What a save did: check-ins added, paper check-ins removed, and ticked delegates already checked in. */
    public record Outcome(int added, int removed, int alreadyCheckedIn) {
    }

    @Inject
    ConferenceService conferences;

    @Inject
    AnswerPageCache answerPages;

    /** The API: these delegates signed; nothing is removed. */
    @Transactional
    public Outcome add(long conferenceId, Collection<Long> delegateIds) {
        return apply(conferenceId, Set.copyOf(delegateIds), Set.copyOf(delegateIds));
    }

    /**
     * The page: of the delegates {@code shown} on the sheet, those {@code signed} are checked in and the others lose
     * their PAPER check-in. Delegates added to the list after the page was opened were not shown and are left alone.
     */
    @Transactional
    public Outcome record(long conferenceId, Collection<Long> shown, Collection<Long> signed) {
        Set<Long> all = new HashSet<>(shown);
        all.addAll(signed);
        return apply(conferenceId, all, Set.copyOf(signed));
    }

    private Outcome apply(long conferenceId, Set<Long> concerned, Set<Long> signed) {
        if (concerned.isEmpty()) {
            conferences.get(conferenceId);
            return new Outcome(0, 0, 0);
        }
        // The rows are locked before anything is read (see InvitationService.lockedId): a desk scanning one of these
        // delegates at the same moment waits, then finds the check-in, or this waits and finds the desk's.
        List<?> locked = Invitation.getEntityManager().createNativeQuery(
                        "SELECT id FROM invitation WHERE conference_id = ?1 AND delegate_id IN (?2) ORDER BY id FOR UPDATE")
                .setParameter(1, conferenceId).setParameter(2, concerned).getResultList();
        conferences.get(conferenceId);
        List<Invitation> invitations = locked.isEmpty() ? List.of() : Invitation.list(
                "from Invitation i join fetch i.delegate where i.id in ?1",
                locked.stream().map(id -> ((Number) id).longValue()).toList());
        Set<Long> found = invitations.stream().filter(i -> !i.withdrawn()).map(i -> i.delegate.id)
                .collect(Collectors.toSet());
        List<Long> unknown = concerned.stream().filter(id -> !found.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            String ids = unknown.stream().map(String::valueOf).collect(Collectors.joining(", "));
            throw ProblemException.invalid("delegateIds", InvitationMessages.class, m -> m.paperUnknownDelegates(ids));
        }
        int added = 0;
        int removed = 0;
        int already = 0;
        Instant now = Instant.now();
        for (Invitation i : invitations) {
            if (signed.contains(i.delegate.id)) {
                if (i.checkedInAt != null) {
                    already++;
                    continue;
                }
                i.checkedInAt = now;
                i.checkedInSource = CheckInSource.PAPER;
                added++;
            } else if (i.checkedInSource == CheckInSource.PAPER) {
                i.checkedInAt = null;
                i.checkedInSource = null;
                removed++;
            } else {
                continue;
            }
            i.refreshStatus();
        }
        if (added + removed > 0) {
            answerPages.changed();
        }
        Log.infof("Conference %d: paper sign-in, %d added, %d removed", conferenceId, added, removed);
        return new Outcome(added, removed, already);
    }
}
