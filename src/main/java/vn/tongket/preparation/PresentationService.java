package vn.tongket.preparation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.TongketConfig;
import vn.tongket.audit.AuditLog;
import vn.tongket.conference.AgendaItem;
import vn.tongket.conference.AgendaItemRequest;
import vn.tongket.conference.AgendaKind;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.mail.OutboxService;
import vn.tongket.mail.OutgoingMail;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Presentations (tham luận): the organiser asks a unit (a mail through the outbox with a personal upload link), the
 * unit uploads its draft, the organiser accepts it onto the agenda (through ConferenceService, so the window and
 * no-overlap rules hold) or returns it with comments. REQUESTED|RETURNED -> SUBMITTED -> ACCEPTED|RETURNED.
 */
@ApplicationScoped
public class PresentationService {

    static final String AUDIT_TYPE = "presentation";
    private static final SecureRandom RANDOM = new SecureRandom();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance requestHtml(Presentation p, Conference conference, String link);

        static native TemplateInstance requestText(Presentation p, Conference conference, String link);
    }

    @Inject
    ConferenceService conferences;

    @Inject
    OutboxService outbox;

    @Inject
    UploadedFiles files;

    @Inject
    AuditLog audit;

    @Inject
    TongketConfig config;

    public List<Presentation> list(long conferenceId) {
        conferences.get(conferenceId);
        return Presentation.listByConference(conferenceId);
    }

    public PresentationView view(Presentation p) {
        return PresentationView.of(p, config.baseUrl());
    }

    /** Selects a presenting unit and puts its request mail in the outbox, in one transaction. */
    @Transactional
    public Presentation request(long conferenceId, PresentationRequest r) {
        Conference c = conferences.lock(conferenceId);
        Presentation p = new Presentation();
        p.conferenceId = conferenceId;
        p.organization = Text.clean(r.organization());
        p.email = Text.clean(r.email());
        p.title = Text.clean(r.title());
        p.dueOn = r.dueOn();
        p.token = newToken();
        p.persist();
        String link = link(config.baseUrl(), p.token);
        outbox.enqueue(new OutgoingMail(conferenceId, AUDIT_TYPE, p.id, p.email,
                "Đề nghị chuẩn bị tham luận – " + c.title,
                Templates.requestHtml(p, c, link).render(), Templates.requestText(p, c, link).render(), List.of()));
        audit.record(AUDIT_TYPE, p.id, "request", null, p.state.name(), p.organization);
        return p;
    }

    /** The unit's upload from its link (no account). */
    @Transactional
    public Presentation submit(String token, String fileName, byte[] content) {
        Presentation p = byToken(token);
        return attach(p, fileName, content, p.organization);
    }

    /** The organiser records a draft that arrived by other means. */
    @Transactional
    public Presentation submitForUnit(long conferenceId, long id, String fileName, byte[] content) {
        return attach(get(conferenceId, id), fileName, content, audit.currentActor());
    }

    /**
     * Accepted: a PRESENTATION item on the agenda at the given slot, with the presenting delegate; or, with
     * {@code agendaItemId}, placed inside the plan's general "Tham luận" item (a PRESENTATION item of the conference),
     * which the programme then lists it under.
     */
    @Transactional
    public Presentation accept(long conferenceId, long id, AcceptRequest r) {
        Presentation p = lock(conferenceId, id);
        require(p, "accept", PresentationState.SUBMITTED);
        if (r.agendaItemId() != null) {
            AgendaItem general = AgendaItem.findById(r.agendaItemId());
            if (general == null || !general.conference.id.equals(conferenceId) || general.kind != AgendaKind.PRESENTATION) {
                throw ProblemException.invalid("agendaItemId", PreparationMessages.class, m -> m.notAPresentationItem());
            }
            p.agendaItemId = general.id;
            p.presenter = Text.clean(r.presenter());
            return move(p, "accept", PresentationState.ACCEPTED, null);
        }
        if (r.startsAt() == null || r.endsAt() == null) {
            throw ProblemException.invalid(r.startsAt() == null ? "startsAt" : "endsAt", PreparationMessages.class,
                    m -> m.slotOrItemNeeded());
        }
        AgendaItem item = conferences.addAgendaItem(conferenceId, new AgendaItemRequest(
                "Tham luận: " + p.title + " (" + p.organization + ")", r.startsAt(), r.endsAt(),
                Text.clean(r.presenter()) + " – " + p.organization, AgendaKind.PRESENTATION));
        p.agendaItemId = item.id;
        return move(p, "accept", PresentationState.ACCEPTED, null);
    }

    @Transactional
    public Presentation giveBack(long conferenceId, long id, String comments) {
        Presentation p = lock(conferenceId, id);
        require(p, "return", PresentationState.SUBMITTED);
        p.comments = Text.clean(comments);
        return move(p, "return", PresentationState.RETURNED, p.comments);
    }

    /** The programme's "Tham luận" items a presentation can be placed in: PRESENTATION items not one presentation's own. */
    public List<AgendaItem> generalItems(long conferenceId) {
        Set<Long> own = Presentation.listByConference(conferenceId).stream()
                .filter(p -> p.agendaItemId != null && p.presenter == null).map(p -> p.agendaItemId)
                .collect(java.util.stream.Collectors.toSet());
        return AgendaItem.listByConference(conferenceId).stream()
                .filter(i -> i.kind == AgendaKind.PRESENTATION && !own.contains(i.id)).toList();
    }

    public Presentation get(long conferenceId, long id) {
        Presentation p = Presentation.findById(id);
        if (p == null || !p.conferenceId.equals(conferenceId)) {
            throw ProblemException.notFound(PreparationMessages.class, m -> m.presentationNotFound(id));
        }
        return p;
    }

    /** The presentation of a personal link; an unknown token is a 404 (counted as a guess). */
    public Presentation byToken(String token) {
        if (token == null || token.length() > 64) {
            throw linkNotFound();
        }
        return Presentation.findByToken(token).orElseThrow(PresentationService::linkNotFound);
    }

    public PrepFile file(long conferenceId, long id) {
        PrepFile f = get(conferenceId, id).file;
        if (f == null) {
            throw ProblemException.notFound(PreparationMessages.class, m -> m.fileNotFound());
        }
        return f;
    }

    private Presentation attach(Presentation p, String fileName, byte[] content, String by) {
        PrepFile f = files.accept(p.conferenceId, fileName, content, by);
        conferences.lock(p.conferenceId);
        require(p, "submit", PresentationState.REQUESTED, PresentationState.RETURNED, PresentationState.SUBMITTED);
        f.persist();
        p.file = f;
        p.submittedAt = Instant.now();
        return move(p, "submit", PresentationState.SUBMITTED, null);
    }

    private Presentation move(Presentation p, String action, PresentationState to, String note) {
        audit.record(AUDIT_TYPE, p.id, action, p.state.name(), to.name(), note);
        p.state = to;
        return p;
    }

    private static void require(Presentation p, String action, PresentationState... allowed) {
        if (!Set.of(allowed).contains(p.state)) {
            throw ProblemException.conflict(PreparationMessages.class, m -> m.presentationTransitionRefused(
                    p.organization, m.presentationState(p.state), switch (action) {
                        case "accept" -> m.actionAccept();
                        case "return" -> m.actionReturn();
                        default -> m.actionUpload();
                    }));
        }
    }

    private Presentation lock(long conferenceId, long id) {
        conferences.lock(conferenceId);
        return get(conferenceId, id);
    }

    private static ProblemException linkNotFound() {
        return ProblemException.notFound(PreparationMessages.class, m -> m.linkNotFound());
    }

    /** 256 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String link(String baseUrl, String token) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + "/presentation/" + token;
    }
}
