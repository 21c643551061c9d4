package vn.tongket.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.document.VietnameseDates;
import vn.tongket.web.PageRequest;
import vn.tongket.web.ProblemException;
import vn.tongket.web.ResultPage;
import vn.tongket.web.Text;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/** Conferences and their agenda: the window and no-overlap rules live here. */
@ApplicationScoped
public class ConferenceService {

    /** Observers run in the changing transaction: what they keep is dropped at the change and again at its end. */
    @Inject
    Event<ConferenceChanged> changed;

    /**
     * The plan's programme (section II.3): title, kind, minutes out of a 240-minute morning, and the pause after it
     * (the tea break the organiser usually places after the presentations).
     */
    private record StandardItem(String title, AgendaKind kind, int minutes, int pauseAfter, String presenter) {
    }

    private static List<StandardItem> standardAgenda(int year) {
        return List.of(
                new StandardItem("Tuyên bố lý do, giới thiệu đại biểu, chương trình hội nghị", AgendaKind.OPENING, 15, 0, "Văn phòng UBND tỉnh"),
                new StandardItem("Báo cáo tổng kết công tác QPĐP năm " + year + " và phương hướng, nhiệm vụ năm " + (year + 1),
                        AgendaKind.REPORT, 45, 0, "Bộ CHQS tỉnh"),
                new StandardItem("Tham luận của các cơ quan, địa phương tham dự hội nghị", AgendaKind.PRESENTATION, 75, 15, null),
                new StandardItem("Đại diện lãnh đạo cấp trên phát biểu", AgendaKind.SPEECH, 30, 0, null),
                new StandardItem("Công bố quyết định và trao thưởng cho các tập thể, cá nhân có thành tích xuất sắc",
                        AgendaKind.AWARDS, 30, 0, null),
                new StandardItem("Kết luận Hội nghị của Chủ tịch UBND tỉnh", AgendaKind.CLOSING, 30, 0, "Chủ tịch UBND tỉnh"));
    }

    public List<Conference> list() {
        return Conference.listNewestFirst();
    }

    /** One page of {@link #list}, with the number of conferences. */
    public ResultPage<Conference> page(PageRequest page) {
        return page.result(Conference.pageNewestFirst(page), Conference.count());
    }

    public Conference get(long id) {
        Conference c = Conference.findById(id);
        if (c == null) {
            throw ProblemException.notFound(m -> m.conferenceNotFound(id));
        }
        return c;
    }

    /** The conference locked for update, so agenda checks and changes by two clerks happen one after the other. */
    public Conference lock(long id) {
        // Native FOR UPDATE: Hibernate's MySQL dialect writes "FOR UPDATE OF alias", which MariaDB rejects.
        List<?> locked = Conference.getEntityManager()
                .createNativeQuery("SELECT id FROM conference WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (locked.isEmpty()) {
            throw ProblemException.notFound(m -> m.conferenceNotFound(id));
        }
        return Conference.findById(id);
    }

    @Transactional
    public Conference create(ConferenceRequest request) {
        checkWindow(request.startsAt(), request.endsAt());
        Conference c = new Conference();
        apply(c, request);
        c.persist();
        if (Boolean.TRUE.equals(request.standardAgenda())) {
            addStandardAgenda(c);
        }
        return c;
    }

    @Transactional
    public Conference update(long id, ConferenceRequest request) {
        checkWindow(request.startsAt(), request.endsAt());
        Conference c = lock(id);
        for (AgendaItem item : AgendaItem.listByConference(id)) {
            if (item.startsAt.isBefore(request.startsAt()) || item.endsAt.isAfter(request.endsAt())) {
                throw ProblemException.conflict(m -> m.windowExcludesAgenda(item.title,
                        VietnameseDates.hm(item.startsAt), VietnameseDates.hm(item.endsAt)));
            }
        }
        apply(c, request);
        changed.fire(new ConferenceChanged(id));
        return c;
    }

    @Transactional
    public void setStatus(long id, ConferenceStatus status) {
        get(id).status = status;
        changed.fire(new ConferenceChanged(id));
    }

    private static void apply(Conference c, ConferenceRequest r) {
        c.title = Text.clean(r.title());
        c.reviewYear = r.reviewYear();
        c.startsAt = r.startsAt().withSecond(0).withNano(0);
        c.endsAt = r.endsAt().withSecond(0).withNano(0);
        c.venueName = Text.clean(r.venue().name());
        c.venueAddress = Text.clean(r.venue().address());
        c.issuer = Text.clean(r.issuer());
        c.place = Text.clean(r.place());
        if (r.letter() != null) {
            applyLetter(c, r.letter());
        }
        if (r.protocol() != null) {
            applyProtocol(c, r.protocol());
        }
    }

    private static void applyProtocol(Conference c, ConferenceRequest.Protocol p) {
        Long presiding = p.presidingDelegateId();
        if (presiding != null && (c.id == null || Conference.getEntityManager().createQuery(
                        "select count(d) from Delegate d where d.id = ?1 and d.conference.id = ?2 and d.withdrawnAt is null",
                        Long.class).setParameter(1, presiding).setParameter(2, c.id).getSingleResult() == 0)) {
            throw ProblemException.invalid("protocol.presidingDelegateId", m -> m.presidingNotDelegate(presiding));
        }
        c.presidingDelegateId = presiding;
        c.issuerParent = Text.clean(p.issuerParent());
        ConferenceRequest.Signer d = p.decisionSigner();
        c.decisionSignerAuthority = d == null ? null : Text.clean(d.authority());
        c.decisionSignerTitle = d == null ? null : Text.clean(d.title());
        c.decisionSignerName = d == null ? null : Text.clean(d.name());
        ConferenceRequest.CommandSigner m = p.commandSigner();
        c.commandParent = m == null ? null : Text.clean(m.parent());
        c.commandIssuer = m == null ? null : Text.clean(m.issuer());
        c.commandSignerAuthority = m == null ? null : Text.clean(m.authority());
        c.commandSignerTitle = m == null ? null : Text.clean(m.title());
        c.commandSignerName = m == null ? null : Text.clean(m.name());
    }

    private static void applyLetter(Conference c, ConferenceRequest.Letter letter) {
        c.letterSymbol = Text.clean(letter.symbol());
        c.signerAuthority = Text.clean(letter.authority());
        c.signerTitle = Text.clean(letter.signerTitle());
        c.signerName = Text.clean(letter.signerName());
        c.recipients = letter.recipients() == null ? null : Text.clean(String.join("\n",
                letter.recipients().stream().map(Text::clean).filter(java.util.Objects::nonNull).toList()));
        c.letterNumber = letter.number();
        c.letterIssuedOn = letter.issuedOn();
        c.supplementNumber = letter.supplementNumber();
        c.supplementIssuedOn = letter.supplementIssuedOn();
    }

    private static void checkWindow(LocalDateTime start, LocalDateTime end) {
        if (!end.isAfter(start)) {
            throw ProblemException.invalid("endsAt", m -> m.endBeforeStart());
        }
    }

    /** The six items of the plan, spread over the conference window in the plan's proportions (5-minute steps). */
    private void addStandardAgenda(Conference c) {
        List<StandardItem> items = standardAgenda(c.reviewYear);
        int total = items.stream().mapToInt(i -> i.minutes() + i.pauseAfter()).sum();
        long window = Duration.between(c.startsAt, c.endsAt).toMinutes();
        LocalDateTime cursor = c.startsAt;
        int elapsed = 0;
        for (int i = 0; i < items.size(); i++) {
            StandardItem s = items.get(i);
            elapsed += s.minutes();
            LocalDateTime end = i == items.size() - 1 ? c.endsAt : at(c, window, elapsed, total);
            elapsed += s.pauseAfter();
            if (end.isAfter(cursor)) {
                AgendaItem item = new AgendaItem();
                item.conference = c;
                item.title = s.title();
                item.kind = s.kind();
                item.presenter = s.presenter();
                item.startsAt = cursor;
                item.endsAt = end;
                item.persist();
            }
            cursor = at(c, window, elapsed, total);
        }
    }

    private static LocalDateTime at(Conference c, long window, int elapsed, int total) {
        return c.startsAt.plusMinutes(Math.round((double) window * elapsed / total / 5.0) * 5);
    }

    /** A delegate who may preside, as the edit page offers him: "Vũ Đình Khương, Chủ tịch UBND tỉnh". */
    public record PresidingChoice(Long id, String label) {
    }

    /** The conference's participants and guests (not awardees), in protocol order, for the "who presides" list. */
    public List<PresidingChoice> presidingChoices(long conferenceId) {
        return Conference.getEntityManager().createQuery("select d.id, d.fullName, d.position from Delegate d "
                        + "where d.conference.id = ?1 and d.withdrawnAt is null and d.category <> "
                        + "vn.tongket.delegate.DelegateCategory.AWARDEE order by d.precedence, d.id", Object[].class)
                .setParameter(1, conferenceId).getResultList().stream()
                .map(r -> new PresidingChoice((Long) r[0], r[2] == null ? (String) r[1] : r[1] + ", " + r[2]))
                .toList();
    }

    public List<AgendaItem> agenda(long conferenceId) {
        get(conferenceId);
        return AgendaItem.listByConference(conferenceId);
    }

    @Transactional
    public AgendaItem addAgendaItem(long conferenceId, AgendaItemRequest request) {
        Conference c = lock(conferenceId);
        AgendaItem item = new AgendaItem();
        item.conference = c;
        applyItem(c, item, request);
        item.persist();
        changed.fire(new ConferenceChanged(conferenceId));
        return item;
    }

    @Transactional
    public AgendaItem updateAgendaItem(long conferenceId, long itemId, AgendaItemRequest request) {
        Conference c = lock(conferenceId);
        AgendaItem item = item(conferenceId, itemId);
        applyItem(c, item, request);
        changed.fire(new ConferenceChanged(conferenceId));
        return item;
    }

    @Transactional
    public void deleteAgendaItem(long conferenceId, long itemId) {
        lock(conferenceId);
        item(conferenceId, itemId).delete();
        changed.fire(new ConferenceChanged(conferenceId));
    }

    public AgendaItem agendaItem(long conferenceId, long itemId) {
        return item(conferenceId, itemId);
    }

    private AgendaItem item(long conferenceId, long itemId) {
        AgendaItem item = AgendaItem.findById(itemId);
        if (item == null || !item.conference.id.equals(conferenceId)) {
            throw ProblemException.notFound(m -> m.agendaItemNotFound(itemId));
        }
        return item;
    }

    private void applyItem(Conference c, AgendaItem item, AgendaItemRequest r) {
        LocalDateTime start = r.startsAt().withSecond(0).withNano(0);
        LocalDateTime end = r.endsAt().withSecond(0).withNano(0);
        String title = Text.clean(r.title());
        checkWindow(start, end);
        if (start.isBefore(c.startsAt) || end.isAfter(c.endsAt)) {
            throw ProblemException.conflict(m -> m.agendaOutsideWindow(title,
                    VietnameseDates.dateTimeShort(c.startsAt), VietnameseDates.dateTimeShort(c.endsAt)));
        }
        for (AgendaItem other : AgendaItem.listByConference(c.id)) {
            if (!other.id.equals(item.id) && other.overlaps(start, end)) {
                throw ProblemException.conflict(m -> m.agendaOverlap(title, other.title,
                        VietnameseDates.hm(other.startsAt), VietnameseDates.hm(other.endsAt)));
            }
        }
        item.title = title;
        item.startsAt = start;
        item.endsAt = end;
        item.presenter = Text.clean(r.presenter());
        item.kind = r.kind();
    }
}
