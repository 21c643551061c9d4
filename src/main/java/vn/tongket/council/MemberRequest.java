package vn.tongket.council;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member of the council and whether they attend the meeting. */
public record MemberRequest(@NotBlank @Size(max = 200) String fullName, @Size(max = 300) String position,
                            @NotNull CouncilRole role, @NotNull Boolean present) {
}
