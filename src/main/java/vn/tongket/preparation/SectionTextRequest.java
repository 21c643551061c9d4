package vn.tongket.preparation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST .../text: the section's text as received from its owner. */
public record SectionTextRequest(@NotBlank @Size(max = 200_000) String text) {
}
