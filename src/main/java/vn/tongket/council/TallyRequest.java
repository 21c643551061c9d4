package vn.tongket.council;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The paper ballots counted for one nominee: in favour, against, blank or invalid. */
public record TallyRequest(@NotNull @Min(0) Integer yes, @NotNull @Min(0) Integer no, @NotNull @Min(0) Integer blank) {
}
