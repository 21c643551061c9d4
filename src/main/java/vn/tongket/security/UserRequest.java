package vn.tongket.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** Body of POST/PUT /api/users. The password is required on creation; on update, blank keeps the old one. */
public record UserRequest(
        @NotBlank @Pattern(regexp = "^[a-z0-9._-]{3,64}$") String username,
        @NotBlank @Size(max = 200) String fullName,
        @Size(min = 10, max = 128) String password,
        @NotEmpty Set<@NotNull Role> roles,
        Boolean enabled) {
}
