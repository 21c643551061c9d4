package vn.tongket.invitation;

import vn.tongket.conference.Conference;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The conference as an RFC 5545 calendar event (times in Asia/Ho_Chi_Minh), attached to invitation mails. */
final class IcsCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    static byte[] event(Invitation invitation, String answerUrl, String host) {
        Conference c = invitation.conference;
        String tz = Conference.ZONE.getId();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Tong ket//Giay moi//VI");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + tz);
        line(ics, "BEGIN:STANDARD");
        line(ics, "DTSTART:19700101T000000");
        line(ics, "TZOFFSETFROM:+0700");
        line(ics, "TZOFFSETTO:+0700");
        line(ics, "TZNAME:ICT");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:invitation-" + invitation.id + "@" + host);
        line(ics, "DTSTAMP:" + UTC.format(Instant.now()));
        line(ics, "DTSTART;TZID=" + tz + ":" + LOCAL.format(c.startsAt));
        line(ics, "DTEND;TZID=" + tz + ":" + LOCAL.format(c.endsAt));
        line(ics, "SUMMARY:" + escape(c.title));
        line(ics, "LOCATION:" + escape(c.venueName + ", " + c.venueAddress));
        line(ics, "DESCRIPTION:" + escape("Giấy mời số " + invitation.numberLabel() + ". Trả lời: " + answerUrl));
        line(ics, "URL:" + answerUrl);
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1), never splitting a UTF-8 character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
