package vn.tongket.preparation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.tongket.web.StorableDate;

import java.time.LocalDateTime;

/**
 * Body of POST .../accept: the delegate who presents it and either its own time slot on the agenda or
 * {@code agendaItemId}, the plan's general "Tham luận" item it is placed inside (then no times are given).
 */
public record AcceptRequest(
        @StorableDate LocalDateTime startsAt,
        @StorableDate LocalDateTime endsAt,
        @NotBlank @Size(max = 300) String presenter,
        Long agendaItemId) {
}
