package vn.tongket.preparation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tongket.web.StorableDate;

import java.time.LocalDate;

/** Body of POST presentations: the presenting unit, where its request goes, the topic and the due date. */
public record PresentationRequest(
        @NotBlank @Size(max = 300) String organization,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 500) String title,
        @NotNull @StorableDate LocalDate dueOn) {
}
