package vn.tongket.invitation;

/**
 * The desk's answer to one scan or click, as the large panel shows it and as JSON for the page's script.
 * {@code outcome} is "ok" (let in now), "already" (came in before) or "unknown" (no such letter here). Every text is in
 * the reader's language, so that the panel never says it by colour alone; {@code arrived} is "arrived at 07:42".
 */
public record DeskResult(String outcome, String verdict, String name, String details, String note, String arrived) {

    public static DeskResult of(CheckIn checkIn, InvitationMessages m) {
        Invitation i = checkIn.invitation();
        boolean already = checkIn.alreadyCheckedIn();
        String arrived = m.deskArrivedAt(InvitationService.clockTime(i.checkedInAt));
        String unit = i.delegate.organizationName();
        String outcome = already ? "already" : "ok";
        String verdict = already ? m.deskAlready() : m.deskWelcome();
        if (i.substituteName != null) {
            String note = m.onBehalfOf(i.delegate.fullName) + (already ? " · " + arrived : "");
            return new DeskResult(outcome, verdict, i.substituteName, join(i.substitutePosition, unit), note, arrived);
        }
        return new DeskResult(outcome, verdict, i.delegate.fullName, join(i.delegate.position, unit),
                already ? arrived : null, arrived);
    }

    public static DeskResult unknown(String reason, InvitationMessages m) {
        return new DeskResult("unknown", m.deskUnknown(), null, null, reason, null);
    }

    private static String join(String position, String unit) {
        if (position == null || position.isBlank()) {
            return unit;
        }
        return unit == null || unit.isBlank() ? position : position + " – " + unit;
    }
}
