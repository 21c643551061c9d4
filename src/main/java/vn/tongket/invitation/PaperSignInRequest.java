package vn.tongket.invitation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The delegates who signed the paper sign-in sheet (POST /api/conferences/{id}/check-ins/paper). */
public record PaperSignInRequest(@NotNull @Size(max = 5000) List<@NotNull Long> delegateIds) {
}
