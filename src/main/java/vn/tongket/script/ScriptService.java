package vn.tongket.script;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.conference.AgendaItem;
import vn.tongket.conference.AgendaKind;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.delegate.Addressing;
import vn.tongket.delegate.Delegate;
import vn.tongket.delegate.DelegateService;
import vn.tongket.delegate.IntroductionSection;
import vn.tongket.document.VietnameseDates;
import vn.tongket.nomination.Nomination;
import vn.tongket.nomination.NominationKind;
import vn.tongket.nomination.NominationService;
import vn.tongket.preparation.Presentation;
import vn.tongket.preparation.PresentationState;
import vn.tongket.web.Localization;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The MC's script (kịch bản điều hành, issue 21), generated from the agenda, the introduction list and the awards: one
 * entry per agenda item and per pause the programme leaves, each with the words the MC says. Guests are worded as the
 * introduction list words them ({@link Addressing}), awardees come in the decision annex's order, called up in groups
 * of {@link ScriptConfig#stageGroupSize()}.
 */
@ApplicationScoped
public class ScriptService {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** First words of a presenter written as a person's post ("Chủ tịch UBND tỉnh"), not as an organisation. */
    private static final Set<String> POST_WORDS = Set.of("chủ", "phó", "chỉ", "chính", "giám", "bí", "tư", "trưởng",
            "thủ", "tổng", "cục", "đại", "thiếu", "trung", "thượng");

    @Inject
    ConferenceService conferences;

    @Inject
    DelegateService delegates;

    @Inject
    NominationService nominations;

    @Inject
    ScriptConfig config;

    public List<ScriptEntry> script(long conferenceId, String language) {
        Conference c = conferences.get(conferenceId);
        ScriptMessages m = Localization.bundle(ScriptMessages.class, language);
        List<AgendaItem> items = conferences.agenda(conferenceId);
        String presiding = lowerFirst(delegates.presiding(conferenceId));
        List<ScriptEntry> entries = new ArrayList<>();
        LocalDateTime first = items.isEmpty() ? null : items.get(0).startsAt;
        boolean closed = false;
        for (int n = 0; n < items.size(); n++) {
            AgendaItem item = items.get(n);
            if (n > 0 && items.get(n - 1).endsAt.isBefore(item.startsAt)) {
                LocalDateTime from = items.get(n - 1).endsAt;
                int minutes = minutes(from, item.startsAt);
                entries.add(entry(first, from, item.startsAt, ScriptEntry.BREAK, m.breakTitle(), m.mc(),
                        List.of(m.breakWords(minutes, VietnameseDates.hm(item.startsAt)))));
            }
            List<String> words = new ArrayList<>();
            String speaker = item.presenter == null ? m.mc() : item.presenter;
            switch (item.kind) {
                case OPENING -> {
                    opening(c, items, presiding, m, words);
                    speaker = item.presenter == null ? m.mc() : m.mc() + " (" + item.presenter + ")";
                }
                case AWARDS -> {
                    String who = presiding != null ? presiding : invitee(item.presenter, m);
                    awards(conferenceId, item, who, m, words);
                    speaker = upperFirst(who);
                }
                case CLOSING -> {
                    String who = presiding != null ? presiding : invitee(item.presenter, m);
                    words.add(m.inviteConclusion(who));
                    words.add(m.closing(c.title));
                    speaker = upperFirst(who);
                    closed = true;
                }
                case SPEECH -> {
                    // "Đại diện lãnh đạo cấp trên phát biểu": without a presenter, the first guest from above speaks.
                    Delegate guest = item.presenter == null ? firstGuest(conferenceId) : null;
                    String who = guest != null ? lowerFirst(Addressing.salutation(guest)) : invitee(item.presenter, m);
                    words.add(m.inviteSpeech(who));
                    speaker = upperFirst(who);
                }
                default -> speaker = talks(conferenceId, item, m, words);
            }
            if (!closed && n == items.size() - 1) {
                // A programme without a closing item still ends with the MC closing the conference.
                words.add(m.closing(c.title));
            }
            entries.add(entry(first, item.startsAt, item.endsAt, item.kind.name(), item.title, speaker, words));
        }
        return entries;
    }

    /** The stage group size in force (see {@link ScriptConfig}). */
    public int stageGroupSize() {
        return Math.max(1, config.stageGroupSize());
    }

    private Delegate firstGuest(long conferenceId) {
        return delegates.introduction(conferenceId).stream()
                .filter(d -> IntroductionSection.of(d) == IntroductionSection.GUEST).findFirst().orElse(null);
    }

    private void opening(Conference c, List<AgendaItem> items, String presiding, ScriptMessages m, List<String> words) {
        words.add(m.greeting());
        words.add(m.reason(VietnameseDates.longDate(c.startsAt.toLocalDate()), c.venueName, c.title));
        // The introduction list leaves out who presides and names him first; so does the MC.
        List<Delegate> introduced = delegates.introduction(c.id);
        if (!introduced.isEmpty() || presiding != null) {
            words.add(m.introductionLead());
        }
        if (presiding != null) {
            words.add(m.presiding(presiding));
        }
        for (Delegate d : introduced) {
            words.add(m.introduce(lowerFirst(Addressing.introduction(d))));
        }
        words.add(m.welcome());
        words.add(m.programmeLead());
        for (AgendaItem i : items) {
            words.add(m.programmeItem(VietnameseDates.hm(i.startsAt), i.title));
        }
    }

    /**
     * A report, a block of presentations or another item: each presentation placed in it is invited by name; without
     * any, the item's presenter is invited to present the item. Returns who speaks.
     */
    private String talks(long conferenceId, AgendaItem item, ScriptMessages m, List<String> words) {
        List<Presentation> placed = Presentation.listByConference(conferenceId).stream()
                .filter(p -> p.state == PresentationState.ACCEPTED && p.presenter != null && item.id.equals(p.agendaItemId))
                .toList();
        if (placed.isEmpty()) {
            String who = invitee(item.presenter, m);
            words.add(m.invite(who, lowerFirst(item.title)));
            return upperFirst(who);
        }
        List<String> speakers = new ArrayList<>();
        for (Presentation p : placed) {
            String who = invitee(p.presenter, m);
            words.add(m.invitePresentation(who, Addressing.official(p.organization), p.title));
            speakers.add(upperFirst(who));
        }
        return String.join("; ", speakers);
    }

    private void awards(long conferenceId, AgendaItem item, String handing, ScriptMessages m, List<String> words) {
        List<Nomination> awards = nominations.awards(conferenceId);
        words.add(m.announce(invitee(item.presenter, m)));
        if (awards.isEmpty()) {
            words.add(m.noAwardees());
            return;
        }
        int size = stageGroupSize();
        int groups = (awards.size() + size - 1) / size;
        for (int g = 0; g < groups; g++) {
            words.add(m.callGroup(g + 1, groups));
            for (int k = g * size; k < Math.min(awards.size(), (g + 1) * size); k++) {
                words.add(m.awardee(k + 1, awardee(awards.get(k))));
            }
            words.add(m.handOver(handing));
        }
        words.add(m.backToSeats());
    }

    /**
     * An awardee as the introduction list words one: the unit for a collective, "Đồng chí Thiếu tá Hoàng Văn Thụ, Chỉ
     * huy trưởng Ban Chỉ huy quân sự xã Tân Mỹ" for a person.
     */
    static String awardee(Nomination n) {
        String organization = Addressing.official(n.organization.name);
        if (n.kind == NominationKind.COLLECTIVE) {
            return Addressing.official(n.nomineeName);
        }
        String post = Addressing.positionIn(Addressing.official(n.position), organization);
        return "Đồng chí " + (n.rank == null ? "" : n.rank + " ") + n.nomineeName + (post == null ? "" : ", " + post);
    }

    /**
     * Whom the MC invites, from the agenda's free-text presenter: a person as written ("đồng chí Lê Văn Tâm"), a post
     * as "đồng chí Chủ tịch UBND tỉnh", an organisation by its representative; a blank for the MC when none is given.
     */
    static String invitee(String presenter, ScriptMessages m) {
        if (presenter == null || presenter.isBlank()) {
            return m.unnamed();
        }
        String p = presenter.strip();
        String lower = p.toLowerCase(VI);
        if (lower.startsWith("đồng chí") || lower.startsWith("đại diện")) {
            return lowerFirst(Addressing.official(p));
        }
        String firstWord = lower.split("\\s+")[0];
        return POST_WORDS.contains(firstWord) ? m.comradeTitle(Addressing.official(p))
                : m.representative(Addressing.official(p));
    }

    private static ScriptEntry entry(LocalDateTime first, LocalDateTime start, LocalDateTime end, String kind,
                                     String title, String speaker, List<String> words) {
        int running = minutes(first, end);
        return new ScriptEntry(VietnameseDates.hm(start), start, end, minutes(start, end),
                "%d:%02d".formatted(running / 60, running % 60), kind, title, speaker, List.copyOf(words));
    }

    private static int minutes(LocalDateTime from, LocalDateTime to) {
        return (int) Duration.between(from, to).toMinutes();
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    private static String upperFirst(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }
}
