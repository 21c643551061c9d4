package vn.tongket.preparation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tongket.web.StorableDate;

import java.time.LocalDateTime;

/** Body of POST .../accept: the presentation's time slot on the agenda and the delegate who presents it. */
public record AcceptRequest(
        @NotNull @StorableDate LocalDateTime startsAt,
        @NotNull @StorableDate LocalDateTime endsAt,
        @NotBlank @Size(max = 300) String presenter) {
}
