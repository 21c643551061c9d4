package vn.tongket.council;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tongket.web.StorableDate;

import java.time.LocalDateTime;

/** The council meeting: when, where, and the council's name as the minutes print it. */
public record MeetingRequest(@NotNull @StorableDate LocalDateTime heldAt, @NotBlank @Size(max = 300) String place,
                             @NotBlank @Size(max = 300) String councilName) {
}
