package vn.tongket.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.tongket.audit.AuditLog;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.document.VietnameseDates;
import vn.tongket.nomination.Nomination;
import vn.tongket.nomination.NominationStatus;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proposing unit's council: its meeting, members and attendance, and the vote per nominee, counted on paper by
 * the secretary or cast in the application by each member through a ballot link. The rule (quorum, threshold) is the
 * one in force on the meeting's day.
 */
@ApplicationScoped
public class CouncilService {

    /** Nominations the council votes on: all but those already out of the running. */
    static final Set<NominationStatus> VOTED_ON = Set.of(NominationStatus.DRAFT, NominationStatus.RETURNED,
            NominationStatus.SUBMITTED, NominationStatus.APPROVED, NominationStatus.DECIDED, NominationStatus.AWARDED);

    /** A vote may be entered or cast only before the nomination is sent to Home Affairs. */
    static final Set<NominationStatus> OPEN = Set.of(NominationStatus.DRAFT, NominationStatus.RETURNED);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    AuditLog audit;

    public CouncilSummary summary(long conferenceId) {
        conferences.get(conferenceId);
        CouncilMeeting meeting = CouncilMeeting.ofConference(conferenceId).orElse(null);
        List<CouncilMember> members = meeting == null ? List.of() : CouncilMember.ofMeeting(meeting.id);
        int present = (int) members.stream().filter(m -> m.present).count();
        CouncilRule rule = CouncilRule.inForce(CouncilRule.BANG_KHEN, ruleDate(meeting)).orElse(null);
        boolean quorate = rule != null && rule.quorate(present, members.size());
        List<Verdict> verdicts = Nomination.listByConference(conferenceId, VOTED_ON).stream()
                .sorted(Nomination.PRESENTATION_ORDER)
                .map(n -> verdict(n, rule, present, members.size())).toList();
        return new CouncilSummary(conferenceId, meeting, members, present, rule, quorate, verdicts);
    }

    /** The council's result for one nomination, counted now. */
    public Verdict verdict(Nomination n) {
        CouncilMeeting meeting = CouncilMeeting.ofConference(n.conference.id).orElse(null);
        List<CouncilMember> members = meeting == null ? List.of() : CouncilMember.ofMeeting(meeting.id);
        int present = (int) members.stream().filter(m -> m.present).count();
        return verdict(n, CouncilRule.inForce(CouncilRule.BANG_KHEN, ruleDate(meeting)).orElse(null), present,
                members.size());
    }

    /** The rule for a meeting's day; {@code null} when none is in force (the gate then refuses, naming the date). */
    public CouncilRule rule(long conferenceId) {
        CouncilMeeting meeting = CouncilMeeting.ofConference(conferenceId).orElse(null);
        return CouncilRule.inForce(CouncilRule.BANG_KHEN, ruleDate(meeting)).orElse(null);
    }

    static LocalDate ruleDate(CouncilMeeting meeting) {
        return meeting == null ? LocalDate.now(Conference.ZONE) : meeting.heldAt.toLocalDate();
    }

    private Verdict verdict(Nomination n, CouncilRule rule, int present, int total) {
        int base = rule == null ? 0 : rule.baseCount(present, total);
        CouncilTally tally = CouncilTally.ofNomination(n.id).orElse(null);
        if (tally != null) {
            return new Verdict(n, true, true, tally.yes, tally.no, tally.blank, base,
                    rule != null && rule.carried(tally.yes, present, total));
        }
        Map<Vote, Integer> counts = castCounts(n.id);
        int yes = counts.getOrDefault(Vote.YES, 0);
        boolean voted = !counts.isEmpty();
        return new Verdict(n, voted, false, yes, counts.getOrDefault(Vote.NO, 0), counts.getOrDefault(Vote.BLANK, 0),
                base, voted && rule != null && rule.carried(yes, present, total));
    }

    private Map<Vote, Integer> castCounts(long nominationId) {
        Map<Vote, Integer> counts = new EnumMap<>(Vote.class);
        List<?> rows = em.createNativeQuery("SELECT choice, COUNT(*) FROM council_vote WHERE nomination_id = ?1 "
                + "GROUP BY choice").setParameter(1, nominationId).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put(Vote.valueOf((String) r[0]), ((Number) r[1]).intValue());
        }
        return counts;
    }

    @Transactional
    public CouncilMeeting saveMeeting(long conferenceId, MeetingRequest request) {
        Conference c = conferences.lock(conferenceId);
        CouncilMeeting meeting = CouncilMeeting.ofConference(conferenceId).orElseGet(CouncilMeeting::new);
        meeting.conference = c;
        meeting.heldAt = request.heldAt();
        meeting.place = Text.clean(request.place());
        meeting.councilName = Text.clean(request.councilName());
        meeting.persist();
        audit.record("COUNCIL", meeting.id, "MEETING", null, null, null);
        return meeting;
    }

    @Transactional
    public CouncilMember addMember(long conferenceId, MemberRequest request) {
        CouncilMeeting meeting = meeting(conferenceId);
        CouncilMember m = new CouncilMember();
        m.meeting = meeting;
        m.sortOrder = (int) CouncilMember.count("meeting.id", meeting.id) + 1;
        m.ballotToken = newToken();
        apply(m, request);
        m.persist();
        return m;
    }

    @Transactional
    public CouncilMember updateMember(long conferenceId, long memberId, MemberRequest request) {
        CouncilMember m = member(conferenceId, memberId);
        apply(m, request);
        return m;
    }

    @Transactional
    public void deleteMember(long conferenceId, long memberId) {
        member(conferenceId, memberId).delete();
    }

    /** Records the secretary's paper count; the ballots counted cannot outnumber the members present. */
    @Transactional
    public Verdict tally(long conferenceId, long nominationId, TallyRequest request) {
        CouncilMeeting meeting = meeting(conferenceId);
        lockMeeting(meeting.id);
        Nomination n = open(conferenceId, nominationId);
        int present = (int) CouncilMember.count("meeting.id = ?1 and present = true", meeting.id);
        int total = request.yes() + request.no() + request.blank();
        if (total > present) {
            throw ProblemException.invalid("yes", CouncilMessages.class, m -> m.tallyExceedsPresent(total, present));
        }
        CouncilTally tally = CouncilTally.ofNomination(nominationId).orElseGet(CouncilTally::new);
        tally.nominationId = nominationId;
        tally.yes = request.yes();
        tally.no = request.no();
        tally.blank = request.blank();
        tally.enteredBy = audit.currentActor();
        tally.persist();
        return verdict(n);
    }

    /**
     * A member's secret vote through their ballot link. The member's row is locked first, so that two casts of the
     * same member queue and the second finds the first; the unique key (member, nominee) holds even if they did not.
     */
    @Transactional
    public void cast(String token, BallotRequest request) {
        List<?> locked = em.createNativeQuery("SELECT id FROM council_member WHERE ballot_token = ?1 FOR UPDATE")
                .setParameter(1, token).getResultList();
        if (locked.isEmpty()) {
            throw ProblemException.notFound(CouncilMessages.class, CouncilMessages::ballotNotFound);
        }
        CouncilMember member = CouncilMember.findById(((Number) locked.get(0)).longValue());
        if (!member.present) {
            throw ProblemException.conflict(CouncilMessages.class, CouncilMessages::absentCannotVote);
        }
        Nomination n = open(member.meeting.conference.id, request.nominationId());
        if (hasCast(member.id, n.id)) {
            throw ProblemException.conflict(CouncilMessages.class, m -> m.alreadyVoted(n.nomineeName));
        }
        em.createNativeQuery("INSERT INTO council_ballot_cast (member_id, nomination_id) VALUES (?1, ?2)")
                .setParameter(1, member.id).setParameter(2, n.id).executeUpdate();
        em.createNativeQuery("INSERT INTO council_vote (nomination_id, choice) VALUES (?1, ?2)")
                .setParameter(1, n.id).setParameter(2, request.choice().name()).executeUpdate();
    }

    /** The member behind a ballot link, or 404. */
    public CouncilMember ballotMember(String token) {
        return CouncilMember.byToken(token).orElseThrow(
                () -> ProblemException.notFound(CouncilMessages.class, CouncilMessages::ballotNotFound));
    }

    /** The nominations a member may still vote on (open ones), and which of them they have voted on. */
    public List<Nomination> ballotNominations(CouncilMember member) {
        return Nomination.listByConference(member.meeting.conference.id, OPEN).stream()
                .sorted(Nomination.PRESENTATION_ORDER).toList();
    }

    public Set<Long> castBy(long memberId) {
        Set<Long> ids = new HashSet<>();
        em.createNativeQuery("SELECT nomination_id FROM council_ballot_cast WHERE member_id = ?1")
                .setParameter(1, memberId).getResultList().forEach(id -> ids.add(((Number) id).longValue()));
        return ids;
    }

    private boolean hasCast(long memberId, long nominationId) {
        return !em.createNativeQuery("SELECT id FROM council_ballot_cast WHERE member_id = ?1 AND nomination_id = ?2")
                .setParameter(1, memberId).setParameter(2, nominationId).getResultList().isEmpty();
    }

    private Nomination open(long conferenceId, long nominationId) {
        Nomination n = Nomination.findById(nominationId);
        if (n == null || !n.conference.id.equals(conferenceId)) {
            throw ProblemException.notFound(vn.tongket.nomination.NominationMessages.class,
                    m -> m.nominationNotFound(nominationId));
        }
        if (!OPEN.contains(n.status)) {
            throw ProblemException.conflict(CouncilMessages.class, m -> m.voteClosed(n.nomineeName));
        }
        return n;
    }

    private CouncilMeeting meeting(long conferenceId) {
        conferences.get(conferenceId);
        return CouncilMeeting.ofConference(conferenceId).orElseThrow(
                () -> ProblemException.conflict(CouncilMessages.class, CouncilMessages::noMeeting));
    }

    /** Attendance and the paper count are checked against each other under the meeting's lock. */
    private void lockMeeting(long meetingId) {
        em.createNativeQuery("SELECT id FROM council_meeting WHERE id = ?1 FOR UPDATE").setParameter(1, meetingId)
                .getResultList();
    }

    private CouncilMember member(long conferenceId, long memberId) {
        CouncilMeeting meeting = meeting(conferenceId);
        lockMeeting(meeting.id);
        CouncilMember m = CouncilMember.findById(memberId);
        if (m == null || !m.meeting.id.equals(meeting.id)) {
            throw ProblemException.notFound(CouncilMessages.class, msg -> msg.memberNotFound(memberId));
        }
        return m;
    }

    private static void apply(CouncilMember m, MemberRequest r) {
        m.fullName = Text.clean(r.fullName());
        m.position = Text.clean(r.position());
        m.role = r.role();
        m.present = r.present();
    }

    /** 192 random bits, base64url, as the delegate's answer token. */
    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String date(LocalDate d) {
        return VietnameseDates.dmy(d);
    }
}
