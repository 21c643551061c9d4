package vn.tongket.invitation;

import java.util.List;

/** The check-in desk's live figures as JSON: expected and arrived in all and by group, and the last arrivals. */
public record DeskStatus(long expected, long arrived, long awaited, List<Group> groups, List<Arrival> recent) {

    /** A delegate category with its label in the reader's language. */
    public record Group(String category, String label, long expected, long arrived) {
    }

    /** Who came (the substitute when one came), their unit and the time, "07:42". */
    public record Arrival(String name, String unit, String time) {
    }
}
