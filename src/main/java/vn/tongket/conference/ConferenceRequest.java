package vn.tongket.conference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tongket.web.SingleLine;
import vn.tongket.web.StorableDate;

import java.time.LocalDateTime;

/** Body of POST/PUT /api/conferences. {@code standardAgenda} fills the plan's six items on creation. */
public record ConferenceRequest(
        @NotBlank @Size(max = 500) @SingleLine String title,
        @NotNull @Min(2000) @Max(2100) Integer reviewYear,
        @NotNull @StorableDate LocalDateTime startsAt,
        @NotNull @StorableDate LocalDateTime endsAt,
        @NotNull @Valid Venue venue,
        @NotBlank @Size(max = 300) @SingleLine String issuer,
        @NotBlank @Size(max = 100) @SingleLine String place,
        Boolean standardAgenda,
        @Valid Letter letter,
        @Valid Protocol protocol) {

    /** The signer's title may span lines ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), without other control characters. */
    static final String LINES = "[^\\p{Cc}]*(\\n[^\\p{Cc}]*)*";

    /** The request without letter settings (they stay as they are). */
    public ConferenceRequest(String title, Integer reviewYear, LocalDateTime startsAt, LocalDateTime endsAt, Venue venue,
                             String issuer, String place, Boolean standardAgenda) {
        this(title, reviewYear, startsAt, endsAt, venue, issuer, place, standardAgenda, null, null);
    }

    /** The request without the protocol settings (they stay as they are). */
    public ConferenceRequest(String title, Integer reviewYear, LocalDateTime startsAt, LocalDateTime endsAt, Venue venue,
                             String issuer, String place, Boolean standardAgenda, Letter letter) {
        this(title, reviewYear, startsAt, endsAt, venue, issuer, place, standardAgenda, letter, null);
    }

    /**
     * Who presides and who issues and signs each document (issue 19); null leaves them as they are, a blank value
     * means the default. {@code presidingDelegateId} is a delegate of this conference: he gets no letter, the letters
     * and the introduction list name him instead.
     */
    public record Protocol(@Min(1) Long presidingDelegateId,
                           @Size(max = 300) @SingleLine String issuerParent,
                           @Valid Signer decisionSigner,
                           @Valid CommandSigner commandSigner) {
    }

    /** A signature block: the authority line ("KT. CHỦ TỊCH"), the title (may span lines) and the signer's name. */
    public record Signer(@Size(max = 200) @SingleLine String authority,
                         @Size(max = 200) @Pattern(regexp = LINES, message = "{tongket.noControlCharacters}") String title,
                         @Size(max = 200) @SingleLine String name) {
    }

    /** The military command's documents: its parent body, its name and its signer (the commander). */
    public record CommandSigner(@Size(max = 300) @SingleLine String parent,
                                @Size(max = 300) @SingleLine String issuer,
                                @Size(max = 200) @SingleLine String authority,
                                @Size(max = 200) @Pattern(regexp = LINES, message = "{tongket.noControlCharacters}") String title,
                                @Size(max = 200) @SingleLine String name) {
    }

    /**
     * Optional letter settings; a missing or blank value means the default. {@code number} and {@code issuedOn} are
     * given by the văn thư when the letter is registered: until both are set the letter is a draft and is not sent.
     */
    public record Letter(@Size(max = 30) @SingleLine String symbol,
                         @Size(max = 200) @SingleLine String authority,
                         @Size(max = 200) @Pattern(regexp = LINES, message = "{tongket.noControlCharacters}") String signerTitle,
                         @Size(max = 200) @SingleLine String signerName,
                         @Size(max = 30) java.util.List<@NotNull @Size(max = 200) @SingleLine String> recipients,
                         @Min(1) @Max(99999) Integer number,
                         @StorableDate java.time.LocalDate issuedOn,
                         @Min(1) @Max(99999) Integer supplementNumber,
                         @StorableDate java.time.LocalDate supplementIssuedOn) {

        /** Settings without the register's number and date (the letter stays a draft). */
        public Letter(String symbol, String authority, String signerTitle, String signerName,
                      java.util.List<String> recipients) {
            this(symbol, authority, signerTitle, signerName, recipients, null, null, null, null);
        }
    }

    public record Venue(@NotBlank @Size(max = 300) @SingleLine String name,
                        @NotBlank @Size(max = 500) @SingleLine String address) {
    }
}
