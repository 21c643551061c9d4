package vn.tongket.conference;

import vn.tongket.reform.ReformWarning;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A conference as the API shows it; {@code warnings} (what to check, never blocking: the 2025 reform, the review year)
 * are given for one conference (GET by id, POST, PUT) and null in the list, where they are not looked for.
 */
public record ConferenceView(Long id, String title, int reviewYear, LocalDateTime startsAt, LocalDateTime endsAt,
                             Venue venue, String issuer, String place, ConferenceStatus status,
                             LetterSettings letter, Protocol protocol, List<ReformWarning> warnings) {

    /** Who presides, and the issuers and signers in force (defaults filled in). */
    public record Protocol(Long presidingDelegateId, String issuerParent, DocumentSigners.Signer decisionSigner,
                           CommandSigner commandSigner) {
    }

    public record CommandSigner(String parent, String issuer, String authority, String title, String name) {
    }

    public record Venue(String name, String address) {
    }

    public static ConferenceView of(Conference c) {
        return new ConferenceView(c.id, c.title, c.reviewYear, c.startsAt, c.endsAt,
                new Venue(c.venueName, c.venueAddress), c.issuer, c.place, c.status, c.letter(), protocol(c.signers()),
                null);
    }

    public ConferenceView withWarnings(List<ReformWarning> found) {
        return new ConferenceView(id, title, reviewYear, startsAt, endsAt, venue, issuer, place, status, letter,
                protocol, found);
    }

    private static Protocol protocol(DocumentSigners s) {
        return new Protocol(s.presidingDelegateId(), s.letter().parent(), s.decision(),
                new CommandSigner(s.command().parent(), s.command().name(), s.commandSigner().authority(),
                        s.commandSigner().title(), s.commandSigner().name()));
    }
}
