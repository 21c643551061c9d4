package vn.tongket.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tongket.delegate.DelegateCategory;
import vn.tongket.web.Messages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the check-in desk reads: who is expected and who came, by group, the last arrivals, and the search. */
@ApplicationScoped
public class CheckInDesk {

    /** Enough rows for a steward to pick the right one, few enough to read on a phone. */
    static final int SEARCH_LIMIT = 20;
    static final int RECENT = 8;
    /** One letter matches half the room: a search starts at two. */
    static final int SEARCH_MIN = 2;

    /** The figures and the last arrivals, with the words in the reader's language. */
    public DeskStatus status(long conferenceId, Messages msg, InvitationMessages m) {
        List<Group> groups = groups(conferenceId);
        long expected = groups.stream().mapToLong(Group::expected).sum();
        long arrived = groups.stream().mapToLong(Group::arrived).sum();
        List<DeskStatus.Group> byGroup = groups.stream().map(g -> new DeskStatus.Group(g.category().name(),
                msg.delegateCategory(g.category()), g.expected(), g.arrived())).toList();
        List<DeskStatus.Arrival> recent = lastArrivals(conferenceId).stream().map(i -> new DeskStatus.Arrival(
                i.substituteName != null ? i.substituteName + " (" + m.onBehalfOf(i.delegate.fullName) + ")" : i.delegate.fullName,
                i.delegate.organizationName(), InvitationService.clockTime(i.checkedInAt))).toList();
        return new DeskStatus(expected, arrived, Math.max(0, expected - arrived), byGroup, recent);
    }

    /**
     * Per group (delegate category) the delegates expected (every invitation neither declined nor withdrawn) and those
     * arrived.
     */
    public record Group(DelegateCategory category, long expected, long arrived) {
    }

    public List<Group> groups(long conferenceId) {
        List<Object[]> rows = Invitation.getEntityManager().createQuery("""
                        select d.category,
                               sum(case when i.answer = :decline then 0 else 1 end),
                               sum(case when i.checkedInAt is not null then 1 else 0 end)
                        from Invitation i join i.delegate d
                        where i.conference.id = :conference and i.withdrawnAt is null
                        group by d.category""", Object[].class)
                .setParameter("decline", Answer.DECLINE).setParameter("conference", conferenceId).getResultList();
        Map<DelegateCategory, Group> byCategory = new EnumMap<>(DelegateCategory.class);
        for (Object[] row : rows) {
            DelegateCategory category = (DelegateCategory) row[0];
            byCategory.put(category, new Group(category, number(row[1]), number(row[2])));
        }
        return new ArrayList<>(byCategory.values());
    }

    /** The last arrivals, newest first. */
    public List<Invitation> lastArrivals(long conferenceId) {
        return Invitation.find("from Invitation i join fetch i.delegate d left join fetch d.organization "
                        + "where i.conference.id = ?1 and i.checkedInAt is not null order by i.checkedInAt desc, i.id desc",
                conferenceId).page(0, RECENT).list();
    }

    /**
     * Invitations whose delegate's name, substitute's name, position or unit contains the words typed, or whose number
     * is the number typed. The column collation ignores case and accents, so "nguyen van" finds "Nguyễn Văn".
     */
    public List<Invitation> search(long conferenceId, String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() < SEARCH_MIN) {
            return List.of();
        }
        String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                .toLowerCase(Locale.ROOT) + "%";
        String number = q.replaceFirst("/.*", "").strip();
        return Invitation.find("from Invitation i join fetch i.delegate d left join fetch d.organization o "
                        + "where i.conference.id = ?1 and (d.fullName like ?2 or o.name like ?2 or d.position like ?2 "
                        + "or i.substituteName like ?2 or str(i.number) = ?3) order by d.fullName, i.id",
                conferenceId, pattern, number).page(0, SEARCH_LIMIT).list();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue(); // SUM over no rows is NULL
    }
}
