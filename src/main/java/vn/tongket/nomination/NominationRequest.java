package vn.tongket.nomination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /api/conferences/{id}/nominations and PUT /api/nominations/{id}. The organisation is given by name
 * (found or created); grassroots defaults to the organisation's flag; the proposing unit to the configured one.
 * excellentYears, initiatives and disciplined are the facts the eligibility rules read.
 */
public record NominationRequest(
        @NotNull NominationKind kind,
        @NotBlank @Size(max = 300) String nomineeName,
        @Size(max = 300) String position,
        @Size(max = 100) String rank,
        Gender gender,
        @Min(1900) @Max(2100) Integer birthYear,
        @NotBlank @Size(max = 300) String organization,
        Boolean grassroots,
        @NotBlank @Size(max = 10_000) String achievements,
        @Size(max = 300) String proposingUnit,
        @Size(max = 200) String representativeName,
        @Size(max = 300) String representativePosition,
        @Min(0) @Max(60) Integer excellentYears,
        @Min(0) @Max(1000) Integer initiatives,
        Boolean disciplined) {

    /** Without the facts the eligibility rules read: the rules then say they are missing. */
    public NominationRequest(NominationKind kind, String nomineeName, String position, String rank, Gender gender,
                             Integer birthYear, String organization, Boolean grassroots, String achievements,
                             String proposingUnit, String representativeName, String representativePosition) {
        this(kind, nomineeName, position, rank, gender, birthYear, organization, grassroots, achievements,
                proposingUnit, representativeName, representativePosition, null, null, null);
    }
}
