package vn.tongket.conference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** Body of POST/PUT /api/conferences. {@code standardAgenda} fills the plan's six items on creation. */
public record ConferenceRequest(
        @NotBlank @Size(max = 500) String title,
        @NotNull @Min(2000) @Max(2100) Integer reviewYear,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @NotNull @Valid Venue venue,
        @NotBlank @Size(max = 300) String issuer,
        @NotBlank @Size(max = 100) String place,
        Boolean standardAgenda,
        @Valid Letter letter) {

    /** The request without letter settings (they stay as they are). */
    public ConferenceRequest(String title, Integer reviewYear, LocalDateTime startsAt, LocalDateTime endsAt, Venue venue,
                             String issuer, String place, Boolean standardAgenda) {
        this(title, reviewYear, startsAt, endsAt, venue, issuer, place, standardAgenda, null);
    }

    /** Optional letter settings; a missing or blank value means the default. */
    public record Letter(@Size(max = 30) String symbol, @Size(max = 200) String authority,
                         @Size(max = 200) String signerTitle, @Size(max = 200) String signerName,
                         @Size(max = 30) java.util.List<@Size(max = 200) String> recipients) {
    }

    public record Venue(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 500) String address) {
    }
}
