package vn.tongket.preparation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.tongket.web.StorableDate;

import java.time.LocalDate;

/** Body of POST/PUT report outline sections: number ("1.4"), title, owner organisation and due date. */
public record SectionRequest(
        @NotBlank @Size(max = 20) String number,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 300) String ownerOrganization,
        @StorableDate LocalDate dueOn) {
}
