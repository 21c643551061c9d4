package vn.tongket.invitation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/conferences/{id}/checkins: the invitation's token or its QR code's content. */
public record CheckInRequest(@NotBlank @Size(max = 500) String code) {
}
