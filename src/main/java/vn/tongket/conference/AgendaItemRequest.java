package vn.tongket.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tongket.web.StorableDate;

import java.time.LocalDateTime;

/** Body of POST/PUT agenda items. */
public record AgendaItemRequest(
        @NotBlank @Size(max = 500) String title,
        @NotNull @StorableDate LocalDateTime startsAt,
        @NotNull @StorableDate LocalDateTime endsAt,
        @Size(max = 300) String presenter,
        @NotNull AgendaKind kind) {
}
