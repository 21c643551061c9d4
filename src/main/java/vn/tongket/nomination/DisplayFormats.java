package vn.tongket.nomination;

import io.quarkus.qute.TemplateExtension;
import vn.tongket.conference.Conference;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** View-only formats of the commendation pages: {@code {entry.at.localTime}} reads "07:30 08/12/2023" in Vietnam time. */
@TemplateExtension
public final class DisplayFormats {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Conference.ZONE);

    private DisplayFormats() {
    }

    public static String localTime(Instant at) {
        return LOCAL.format(at);
    }
}
