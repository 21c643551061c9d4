package vn.tongket.script;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One item of the MC's script: when it starts ({@code time}, "07:30"), how long it lasts, the running time at its end
 * since the first item began ("1:15"), who speaks and the words the MC says, in order. {@code kind} is the agenda
 * item's kind, or BREAK for a pause the programme leaves between two items.
 */
@io.quarkus.qute.TemplateData
public record ScriptEntry(String time, LocalDateTime startsAt, LocalDateTime endsAt, int durationMinutes,
                          String runningTime, String kind, String title, String speaker, List<String> words) {

    public static final String BREAK = "BREAK";

    /** The start as an instant with the conference's offset, for a device whose clock is in another zone. */
    public String startInstant() {
        return startsAt.atZone(vn.tongket.conference.Conference.ZONE).toOffsetDateTime().toString();
    }

    public String endInstant() {
        return endsAt.atZone(vn.tongket.conference.Conference.ZONE).toOffsetDateTime().toString();
    }

    /** Whether the clock {@code now} falls within this item. */
    public boolean runsAt(LocalDateTime now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }
}
