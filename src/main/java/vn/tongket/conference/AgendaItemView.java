package vn.tongket.conference;

import java.time.LocalDateTime;

/** An agenda item as the API shows it. */
public record AgendaItemView(Long id, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                             String presenter, AgendaKind kind) {

    public static AgendaItemView of(AgendaItem item) {
        return new AgendaItemView(item.id, item.title, item.startsAt, item.endsAt, item.presenter, item.kind);
    }
}
