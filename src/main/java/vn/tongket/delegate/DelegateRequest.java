package vn.tongket.delegate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST/PUT delegates; the organisation is given by name and found or created. */
public record DelegateRequest(
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 300) String position,
        @Size(max = 300) String organization,
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 254) String email,
        @Pattern(regexp = "^[0-9 +().-]{0,30}$") String phone,
        @NotNull DelegateCategory category,
        @Min(0) @Max(1_000_000) Integer precedence) {
}
