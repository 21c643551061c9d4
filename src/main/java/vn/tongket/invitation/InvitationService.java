package vn.tongket.invitation;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.context.ManagedExecutor;
import vn.tongket.TongketConfig;
import vn.tongket.conference.Conference;
import vn.tongket.conference.LetterSettings;
import vn.tongket.conference.ConferenceChanged;
import vn.tongket.conference.ConferenceService;
import vn.tongket.delegate.Delegate;
import vn.tongket.delegate.DelegateChanged;
import vn.tongket.delegate.NumberedLetters;
import vn.tongket.document.VietnameseDates;
import vn.tongket.mail.MailSettled;
import vn.tongket.mail.OutboxMessage;
import vn.tongket.mail.OutboxService;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.Set;
import java.util.stream.Collectors;

/** Issuing, sending, answering and checking in invitations. Numbers come from a locked counter row. */
@ApplicationScoped
public class InvitationService implements NumberedLetters {

    static final String REF_TYPE = "invitation";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Runs the other queueing workers of {@link #send} on the application's managed pool. */
    @Inject
    ManagedExecutor executor;

    @Inject
    ConferenceService conferences;

    @Inject
    InvitationDocuments documents;

    @Inject
    OutboxService outbox;

    /** What the public answer page shows; every change below that it shows drops it. */
    @Inject
    AnswerPageCache answerPages;

    @Inject
    TongketConfig config;

    /** Result of issuing: every invitation of the conference, and how many were new. */
    public record Issued(List<Invitation> invitations, int created) {
    }

    /**
     * Issues an invitation to every delegate of the conference who has none. The conference row is locked first, so
     * two organisers issuing at once run one after the other; numbers continue the counter of the conference's symbol.
     */
    @Transactional
    public Issued issue(long conferenceId) {
        Conference c = conferences.lock(conferenceId);
        Set<Long> invited = Invitation.listByConference(conferenceId).stream()
                .map(i -> i.delegate.id).collect(Collectors.toSet());
        // Who presides is not invited by his own letter: the letters name him instead.
        List<Delegate> pending = Delegate.listByConference(conferenceId).stream()
                .filter(d -> !invited.contains(d.id) && !d.id.equals(c.presidingDelegateId)).toList();
        if (!pending.isEmpty()) {
            String symbol = c.letter().symbol();
            // Once copies of the letter have gone out it cannot gain addressees: later invitations (awardees after the
            // decision) belong to the supplementary letter, with its own number and date.
            boolean supplement = Invitation.count("conference.id = ?1 and supplement = false and delivery <> ?2",
                    conferenceId, Delivery.NOT_SENT) > 0;
            int last = lockCounter(conferenceId, symbol);
            for (Delegate d : pending) {
                Invitation i = new Invitation();
                i.conference = c;
                i.delegate = d;
                i.symbol = symbol;
                i.number = ++last;
                i.supplement = supplement;
                i.token = newToken();
                i.persist();
            }
            Invitation.getEntityManager().createNativeQuery(
                            "UPDATE invitation_counter SET last_number = ?1 WHERE conference_id = ?2 AND symbol = ?3")
                    .setParameter(1, last).setParameter(2, conferenceId).setParameter(3, symbol).executeUpdate();
        }
        return new Issued(Invitation.listByConference(conferenceId), pending.size());
    }

    /** The counter row of (conference, symbol), created at 0 when missing, locked until the transaction ends. */
    private int lockCounter(long conferenceId, String symbol) {
        var em = Invitation.getEntityManager();
        List<?> rows = em.createNativeQuery("SELECT last_number FROM invitation_counter "
                        + "WHERE conference_id = ?1 AND symbol = ?2 FOR UPDATE")
                .setParameter(1, conferenceId).setParameter(2, symbol).getResultList();
        if (!rows.isEmpty()) {
            return ((Number) rows.get(0)).intValue();
        }
        em.createNativeQuery("INSERT INTO invitation_counter (conference_id, symbol, last_number) VALUES (?1, ?2, 0)")
                .setParameter(1, conferenceId).setParameter(2, symbol).executeUpdate();
        return 0;
    }

    /** 192 random bits, base64url: unguessable, and short enough for a QR code and a link. */
    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public List<Invitation> list(long conferenceId) {
        conferences.get(conferenceId);
        return Invitation.listByConference(conferenceId);
    }

    public Invitation get(long id) {
        return Invitation.<Invitation>findByIdOptional(id).orElseThrow(InvitationService::notFound);
    }

    /** The invitation with its conference, delegate and organisation loaded (one query), for rendering its letter. */
    public Invitation forLetter(long id) {
        return Invitation.findForLetter(id).orElseThrow(InvitationService::notFound);
    }

    public Invitation byToken(String token) {
        return Invitation.findByToken(token == null ? "" : token).orElseThrow(InvitationService::notFound);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound(InvitationMessages.class, InvitationMessages::invitationNotFound);
    }

    /**
     * Queues one mail per invitation not yet sent (delegates with an email address), each in the same transaction as
     * its status change. The letters are rendered {@value #SEND_CHUNK} at a time, each group in a short transaction
     * that locks only its own invitation rows (skipping rows another sender holds): a thousand letters never hold one
     * long transaction or the conference, and two organisers (or two instances) sending at once share the work
     * without queueing any letter twice. Returns how many this call queued.
     */
    public int send(long conferenceId) {
        requireRegistered(conferences.get(conferenceId));
        return inChunks(() -> queueSome(conferenceId));
    }

    /**
     * Refuses (409) to send a draft: letters go out only with the number and date of issue the văn thư gave, the
     * supplementary letter's when there are supplementary copies waiting to be sent.
     */
    private void requireRegistered(Conference c) {
        LetterSettings letter = c.letter();
        if (!letter.registered(false)) {
            boolean number = letter.number() == null;
            boolean date = letter.issuedOn() == null;
            throw ProblemException.conflict(InvitationMessages.class, m -> m.letterNotRegistered(
                    missing(number ? m.fieldLetterNumber() : null, date ? m.fieldLetterIssuedOn() : null)));
        }
        if (!letter.registered(true) && Invitation.count("conference.id = ?1 and supplement = true "
                + "and delivery = ?2 and withdrawnAt is null", c.id, Delivery.NOT_SENT) > 0) {
            boolean number = letter.supplementNumber() == null;
            boolean date = letter.supplementIssuedOn() == null;
            throw ProblemException.conflict(InvitationMessages.class, m -> m.supplementNotRegistered(
                    missing(number ? m.fieldSupplementNumber() : null, date ? m.fieldSupplementIssuedOn() : null)));
        }
    }

    /** The labels of what is missing, in the reader's language. */
    private static String missing(String number, String issuedOn) {
        return java.util.stream.Stream.of(number, issuedOn).filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    /**
     * Runs {@code chunk} (one short transaction each) until it queues nothing more. Rendering the letters' PDFs is
     * most of the work: one worker a core (at most four) takes chunks in turn, the way two organisers sending at once
     * would; this thread is one of them. Returns how many were queued in all.
     */
    private int inChunks(IntSupplier chunk) {
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<CompletableFuture<Integer>> others = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            others.add(executor.supplyAsync(() -> queueAll(chunk)));
        }
        RuntimeException failure = null;
        int queued = 0;
        try {
            queued += queueAll(chunk);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (CompletableFuture<Integer> other : others) {
            try {
                queued += other.join();
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return queued;
    }

    private static int queueAll(IntSupplier chunk) {
        int queued = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(chunk::getAsInt);
            queued += n;
        } while (n > 0);
        return queued;
    }

    static final int SEND_CHUNK = 10;

    private int queueSome(long conferenceId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = Invitation.getEntityManager().createNativeQuery("SELECT i.id FROM invitation i "
                        + "WHERE i.conference_id = ?1 AND i.delivery = 'NOT_SENT' AND i.withdrawn_at IS NULL "
                        + "AND i.delegate_id IN (SELECT d.id FROM delegate d WHERE d.email IS NOT NULL) "
                        + "ORDER BY i.number, i.id LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, conferenceId).setParameter(2, SEND_CHUNK).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Invitation> due = Invitation.listByIds(ids.stream().map(Number::longValue).toList());
        for (Invitation i : due) {
            outbox.enqueue(documents.mail(i, false));
            i.delivery = Delivery.QUEUED;
            i.refreshStatus();
        }
        answerPages.changed();
        return due.size();
    }

    /**
     * Mails a reminder to every delegate whose invitation went out and who has neither answered nor come in, unless
     * one was queued for them within {@code tongket.invitation.reminder-interval}. Queued in chunks like {@link #send},
     * each reminder in the same short transaction as its mark on the invitation, with no conference lock: two
     * organisers reminding at once (or a double click) remind each delegate once. Returns how many this call queued.
     */
    public int remind(long conferenceId) {
        conferences.get(conferenceId);
        Instant remindedBefore = Instant.now().minus(config.reminderInterval());
        return inChunks(() -> remindSome(conferenceId, remindedBefore));
    }

    private int remindSome(long conferenceId, Instant remindedBefore) {
        @SuppressWarnings("unchecked")
        List<Number> ids = Invitation.getEntityManager().createNativeQuery("SELECT i.id FROM invitation i "
                        + "WHERE i.conference_id = ?1 AND i.answer IS NULL AND i.checked_in_at IS NULL "
                        + "AND i.sent_at IS NOT NULL AND (i.reminded_at IS NULL OR i.reminded_at < ?2) "
                        + "AND i.withdrawn_at IS NULL "
                        + "AND i.delegate_id IN (SELECT d.id FROM delegate d WHERE d.email IS NOT NULL) "
                        + "ORDER BY i.number, i.id LIMIT ?3 FOR UPDATE SKIP LOCKED")
                .setParameter(1, conferenceId).setParameter(2, remindedBefore).setParameter(3, SEND_CHUNK)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Invitation> due = Invitation.listByIds(ids.stream().map(Number::longValue).toList());
        Instant now = Instant.now();
        for (Invitation i : due) {
            outbox.enqueue(documents.mail(i, true));
            i.remindedAt = now;
        }
        return due.size();
    }

    /** Re-sends a FAILED mail of this conference by hand. */
    @Transactional
    public void resend(long conferenceId, long outboxId) {
        OutboxMessage m = outbox.get(outboxId);
        if (m == null || m.conferenceId == null || m.conferenceId != conferenceId || !outbox.resend(outboxId)) {
            throw ProblemException.notFound(InvitationMessages.class, InvitationMessages::invitationNotFound);
        }
        Invitation i = invitationOf(m.refType, m.refId);
        if (i != null && i.delivery == Delivery.FAILED) {
            i.delivery = Delivery.QUEUED;
            i.refreshStatus();
            answerPages.changed();
        }
    }

    /** The invitation an outbox mail is about, or null when it is about something else (or its invitation is gone). */
    private static Invitation invitationOf(String refType, Long refId) {
        return REF_TYPE.equals(refType) && refId != null ? Invitation.findById(refId) : null;
    }

    /** Follows the outbox: an invitation mail delivered or given up. Reminders never downgrade a sent invitation. */
    void onMailSettled(@Observes MailSettled event) {
        Invitation i = invitationOf(event.refType(), event.refId());
        if (i == null) {
            return;
        }
        if (event.delivered()) {
            i.delivery = Delivery.SENT;
            if (i.sentAt == null) {
                i.sentAt = Instant.now();
            }
        } else if (i.delivery != Delivery.SENT) {
            i.delivery = Delivery.FAILED;
        }
        i.refreshStatus();
        answerPages.changed();
    }

    /** A conference's fields or agenda changed on this instance: its answer pages show it at once. */
    void onConferenceChanged(@Observes ConferenceChanged event) {
        answerPages.changed();
    }

    /** A delegate or an organisation changed on this instance: their answer pages show it at once. */
    void onDelegateChanged(@Observes DelegateChanged event) {
        answerPages.changed();
    }

    /**
     * What the public answer page of this token shows, kept for a moment; {@code fresh} reads the database (right
     * after an answer, so the delegate sees what was recorded).
     */
    public AnswerPage answerPage(String token, boolean fresh) {
        if (fresh || token == null) {
            return answerPage(byToken(token));
        }
        return answerPages.get(token, () -> answerPage(byToken(token)));
    }

    private AnswerPage answerPage(Invitation i) {
        Letter letter = documents.letter(i);
        Conference c = i.conference;
        return new AnswerPage(i.token, i.delegate.fullName, i.status, i.answer, i.substituteName, i.substitutePosition,
                c.startsAt, RsvpPages.Templates.letter(letter).render(), c.title, c.endsAt, c.venueName,
                c.venueAddress, presider(letter.settings()), letter.qrDataUri());
    }

    /** Who presides: the letter's signer when named ("Nguyễn Văn A, Phó Chủ tịch"), else the inviting body. */
    static String presider(LetterSettings letter) {
        if (letter.signerName() == null || letter.signerName().isBlank()) {
            return letter.inviter();
        }
        String[] lines = letter.signerTitle().strip().split("\n");
        String title = lines[lines.length - 1].strip().toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return letter.signerName().strip() + (title.isEmpty() ? ""
                : ", " + Character.toUpperCase(title.charAt(0)) + title.substring(1) + " " + letter.inviter());
    }

    /** The conference of this answer link as a calendar event (.ics), for "add to calendar". */
    public byte[] calendar(String token) {
        Invitation i = byToken(token);
        String url = documents.answerUrl(i);
        return IcsCalendar.event(i, url, java.net.URI.create(url).getHost());
    }

    /** Records the delegate's answer; it can change until the conference starts. */
    @Transactional
    public Invitation answer(String token, Answer answer, String substituteName, String substitutePosition) {
        Invitation i = byToken(token);
        if (i.withdrawn()) {
            throw ProblemException.conflict(InvitationMessages.class, InvitationMessages::rsvpWithdrawn);
        }
        if (i.conference.hasStarted()) {
            throw ProblemException.conflict(InvitationMessages.class, InvitationMessages::answersClosed);
        }
        if (answer == null) {
            throw ProblemException.invalid("answer", InvitationMessages.class, InvitationMessages::answerRequired);
        }
        String name = Text.clean(substituteName);
        String position = Text.clean(substitutePosition);
        if (answer == Answer.DELEGATE && name == null) {
            throw ProblemException.invalid("substituteName", InvitationMessages.class, InvitationMessages::substituteNameRequired);
        }
        if (answer == Answer.DELEGATE && position == null) {
            throw ProblemException.invalid("substitutePosition", InvitationMessages.class,
                    InvitationMessages::substitutePositionRequired);
        }
        i.answer = answer;
        i.substituteName = answer == Answer.DELEGATE ? limit(name, 200) : null;
        i.substitutePosition = answer == Answer.DELEGATE ? limit(position, 300) : null;
        i.answeredAt = Instant.now();
        i.refreshStatus();
        answerPages.changed();
        return i;
    }

    /**
     * Checks in the holder of an invitation of this conference by its token or the full content of its QR code
     * (the answer link). A substitute checks in on the invitation they replace.
     */
    @Transactional
    public CheckIn checkIn(long conferenceId, String code) {
        String token = tokenOf(code);
        if (token == null) {
            throw ProblemException.invalid("code", InvitationMessages.class, InvitationMessages::codeRequired);
        }
        return admit(conferenceId, lockedId("token = ?1", token, conferenceId), InvitationMessages::unknownCode);
    }

    /** Checks in a delegate found at the desk by name or unit, for one who came without the letter. */
    @Transactional
    public CheckIn checkInById(long conferenceId, long invitationId) {
        return admit(conferenceId, lockedId("id = ?1", invitationId, conferenceId), InvitationMessages::invitationNotFound);
    }

    /**
     * Locks the invitation's row before anything else is read: under REPEATABLE READ the first plain read fixes the
     * transaction's snapshot, so a snapshot taken before this lock would hide a check-in that another desk committed
     * while this one waited, and both desks would say "welcome".
     */
    private static Long lockedId(String where, Object key, long conferenceId) {
        List<?> ids = Invitation.getEntityManager()
                .createNativeQuery("SELECT id FROM invitation WHERE " + where + " AND conference_id = ?2 FOR UPDATE")
                .setParameter(1, key).setParameter(2, conferenceId).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    private CheckIn admit(long conferenceId, Long invitationId,
                          Function<InvitationMessages, String> unknown) {
        conferences.get(conferenceId);
        if (invitationId == null) {
            throw ProblemException.notFound(InvitationMessages.class, unknown);
        }
        // Fetched with its delegate and organisation: the caller shows who came in after this transaction.
        Invitation i = Invitation.findForLetter(invitationId).orElseThrow();
        if (i.withdrawn()) {
            String label = i.numberLabel();
            String name = i.delegate.fullName;
            throw ProblemException.conflict(InvitationMessages.class, m -> m.checkinWithdrawn(label, name));
        }
        if (i.checkedInAt != null) {
            return new CheckIn(i, true);
        }
        i.checkedInAt = Instant.now();
        i.checkedInSource = CheckInSource.DESK;
        i.refreshStatus();
        answerPages.changed();
        Log.infof("Invitation %s checked in", i.numberLabel());
        return new CheckIn(i, false);
    }

    /** The token in a scanned code: the code itself, or the last path segment of an answer link. */
    static String tokenOf(String code) {
        String c = Text.clean(code);
        if (c == null) {
            return null;
        }
        int rsvp = c.lastIndexOf("/rsvp/");
        if (rsvp >= 0) {
            c = c.substring(rsvp + "/rsvp/".length());
        }
        int end = c.indexOf('?');
        c = end >= 0 ? c.substring(0, end) : c;
        c = c.endsWith("/") ? c.substring(0, c.length() - 1) : c;
        return c.isEmpty() ? null : c;
    }

    @Override
    public Optional<String> numberOf(long delegateId) {
        return Invitation.<Invitation>find("delegate.id", delegateId).firstResultOptional().map(Invitation::numberLabel);
    }

    /** The letter keeps its number, its row in the register and its mails; its answer link now says it was withdrawn. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(long delegateId) {
        Invitation.<Invitation>find("delegate.id", delegateId).firstResultOptional().ifPresent(i -> {
            if (i.withdrawnAt == null) {
                i.withdrawnAt = Instant.now();
                i.refreshStatus();
                answerPages.changed();
                Log.infof("Invitation %s withdrawn", i.numberLabel());
            }
        });
    }

    /**
     * What sending would do now: letters to mail (issued, not yet sent, with an email address), letters that go on
     * paper (no email address), and delegates who have no letter yet (to issue first).
     */
    public record SendPlan(long toMail, long toPrint, long withoutLetter) {
    }

    public SendPlan sendPlan(long conferenceId) {
        conferences.get(conferenceId);
        var em = Invitation.getEntityManager();
        Object[] row = em.createQuery("""
                        select sum(case when i.delivery = :notSent and d.email is not null then 1 else 0 end),
                               sum(case when d.email is null then 1 else 0 end)
                        from Invitation i join i.delegate d
                        where i.conference.id = :conference and i.withdrawnAt is null""", Object[].class)
                .setParameter("notSent", Delivery.NOT_SENT).setParameter("conference", conferenceId).getSingleResult();
        return new SendPlan(count(row[0]), count(row[1]), withoutLetter(conferenceId));
    }

    /** Delegates of the conference who have no letter yet (those the decision added as awardees, say). */
    public long withoutLetter(long conferenceId) {
        return Delegate.getEntityManager().createQuery("select count(d) from Delegate d where d.conference.id = ?1 "
                        + "and d.withdrawnAt is null and not exists (select 1 from Invitation i where i.delegate = d)", Long.class)
                .setParameter(1, conferenceId).getSingleResult();
    }

    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue(); // SUM over no rows is NULL
    }

    /** Who a reminder would go to now (see {@link #remind}), and when the last reminder went out (null: never). */
    public record RemindPlan(List<Invitation> due, Instant lastReminder) {
    }

    public RemindPlan remindPlan(long conferenceId) {
        conferences.get(conferenceId);
        Instant remindedBefore = Instant.now().minus(config.reminderInterval());
        List<Invitation> due = Invitation.list("from Invitation i join fetch i.delegate d left join fetch d.organization "
                + "where i.conference.id = ?1 and i.answer is null and i.checkedInAt is null and i.sentAt is not null "
                + "and (i.remindedAt is null or i.remindedAt < ?2) and i.withdrawnAt is null and d.email is not null "
                + "order by i.number, i.id", conferenceId, remindedBefore);
        Instant last = Invitation.getEntityManager().createQuery(
                        "select max(i.remindedAt) from Invitation i where i.conference.id = ?1", Instant.class)
                .setParameter(1, conferenceId).getSingleResult();
        return new RemindPlan(due, last);
    }

    /**
     * The letters to print at once, in number order: the selected ones of this conference, or (none selected) all;
     * withdrawn letters never. At most {@value #MAX_PRINTED} a document, so that one request stays one bounded
     * rendering.
     */
    public List<Invitation> forPrinting(long conferenceId, List<Long> selected) {
        conferences.get(conferenceId);
        List<Invitation> letters = selected == null || selected.isEmpty()
                ? Invitation.list("from Invitation i join fetch i.conference join fetch i.delegate d "
                        + "left join fetch d.organization where i.conference.id = ?1 and i.withdrawnAt is null "
                        + "order by i.number, i.id", conferenceId)
                : Invitation.listByIds(selected).stream()
                        .filter(i -> i.conference.id == conferenceId && !i.withdrawn()).toList();
        if (letters.isEmpty()) {
            throw ProblemException.invalid("ids", InvitationMessages.class, InvitationMessages::nothingToPrint);
        }
        if (letters.size() > MAX_PRINTED) {
            throw ProblemException.invalid("ids", InvitationMessages.class, m -> m.tooManyToPrint(MAX_PRINTED));
        }
        return letters;
    }

    static final int MAX_PRINTED = 500;

    /** "07:42 08/12/2023" in Vietnam time. */
    public static String localTime(Instant at) {
        return VietnameseDates.dateTimeShort(at.atZone(Conference.ZONE).toLocalDateTime());
    }

    /** "07:42" in Vietnam time: when a delegate came, read on the conference morning. */
    public static String clockTime(Instant at) {
        return VietnameseDates.hm(at.atZone(Conference.ZONE).toLocalDateTime());
    }

    private static String limit(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
