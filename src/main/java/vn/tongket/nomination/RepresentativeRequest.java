package vn.tongket.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of PUT /api/nominations/{id}/representative: who receives a collective's award. */
public record RepresentativeRequest(@NotBlank @Size(max = 200) String name, @Size(max = 300) String position) {
}
