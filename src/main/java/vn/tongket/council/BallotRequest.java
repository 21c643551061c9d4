package vn.tongket.council;

import jakarta.validation.constraints.NotNull;

/** One member's vote on one nominee, cast through their ballot link. */
public record BallotRequest(@NotNull Long nominationId, @NotNull Vote choice) {
}
