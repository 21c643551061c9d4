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
                             LetterSettings letter, List<ReformWarning> warnings) {

    public record Venue(String name, String address) {
    }

    public static ConferenceView of(Conference c) {
        return new ConferenceView(c.id, c.title, c.reviewYear, c.startsAt, c.endsAt,
                new Venue(c.venueName, c.venueAddress), c.issuer, c.place, c.status, c.letter(), null);
    }

    public ConferenceView withWarnings(List<ReformWarning> found) {
        return new ConferenceView(id, title, reviewYear, startsAt, endsAt, venue, issuer, place, status, letter, found);
    }
}
