package vn.tongket.delegate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tongket.web.SingleLine;

/**
 * Body of POST/PUT delegates; the organisation is given by name and found or created. {@code rank} and
 * {@code partyTitle} are said in salutations; {@code provincialStanding} puts the delegate in the first group of the
 * introduction list; {@code collective} addresses an awardee unit as the unit.
 */
public record DelegateRequest(
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 300) String position,
        @Size(max = 300) String organization,
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 254) String email,
        @Pattern(regexp = "^[0-9 +().-]{0,30}$") String phone,
        @NotNull DelegateCategory category,
        @Min(0) @Max(1_000_000) Integer precedence,
        @Size(max = 50) @SingleLine String rank,
        @Size(max = 200) @SingleLine String partyTitle,
        Boolean provincialStanding,
        Boolean collective) {

    /** A delegate without rank, Party title or protocol marks. */
    public DelegateRequest(String fullName, String position, String organization, String email, String phone,
                           DelegateCategory category, Integer precedence) {
        this(fullName, position, organization, email, phone, category, precedence, null, null, null, null);
    }
}
