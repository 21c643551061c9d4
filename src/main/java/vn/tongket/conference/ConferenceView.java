package vn.tongket.conference;

import java.time.LocalDateTime;

/** A conference as the API shows it. */
public record ConferenceView(Long id, String title, int reviewYear, LocalDateTime startsAt, LocalDateTime endsAt,
                             Venue venue, String issuer, String place, ConferenceStatus status,
                             LetterSettings letter) {

    public record Venue(String name, String address) {
    }

    public static ConferenceView of(Conference c) {
        return new ConferenceView(c.id, c.title, c.reviewYear, c.startsAt, c.endsAt,
                new Venue(c.venueName, c.venueAddress), c.issuer, c.place, c.status, c.letter());
    }
}
