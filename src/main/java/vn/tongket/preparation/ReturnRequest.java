package vn.tongket.preparation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST .../return: what the unit should change. */
public record ReturnRequest(@NotBlank @Size(max = 5000) String comments) {
}
