package vn.tongket.conference;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.document.VietnameseDates;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conference form: creation on the list page (with the standard agenda box), and the edit page, which adds the
 * letter settings. The letter is only changed when its fields were posted, so creation leaves the defaults.
 */
public class ConferenceForm implements PageForm<ConferenceRequest> {

    @RestForm
    public String title;
    @RestForm
    public String reviewYear;
    @RestForm
    public String startsAt;
    @RestForm
    public String endsAt;
    @RestForm
    public String venueName;
    @RestForm
    public String venueAddress;
    @RestForm
    public String issuer;
    @RestForm
    public String place;
    @RestForm
    public String standardAgenda;
    @RestForm
    public String letterSymbol;
    @RestForm
    public String signerAuthority;
    @RestForm
    public String signerTitle;
    @RestForm
    public String signerName;
    @RestForm
    public String recipients;
    @RestForm
    public String letterNumber;
    @RestForm
    public String letterIssuedOn;
    @RestForm
    public String supplementNumber;
    @RestForm
    public String supplementIssuedOn;
    @RestForm
    public String presidingDelegateId;
    @RestForm
    public String issuerParent;
    @RestForm
    public String decisionSignerAuthority;
    @RestForm
    public String decisionSignerTitle;
    @RestForm
    public String decisionSignerName;
    @RestForm
    public String commandParent;
    @RestForm
    public String commandIssuer;
    @RestForm
    public String commandSignerAuthority;
    @RestForm
    public String commandSignerTitle;
    @RestForm
    public String commandSignerName;

    private static final Map<String, String> NESTED = Map.ofEntries(
            Map.entry("venue.name", "venueName"), Map.entry("venue.address", "venueAddress"),
            Map.entry("letter.symbol", "letterSymbol"), Map.entry("letter.authority", "signerAuthority"),
            Map.entry("letter.signerTitle", "signerTitle"), Map.entry("letter.signerName", "signerName"),
            Map.entry("letter.number", "letterNumber"), Map.entry("letter.issuedOn", "letterIssuedOn"),
            Map.entry("letter.supplementNumber", "supplementNumber"),
            Map.entry("letter.supplementIssuedOn", "supplementIssuedOn"),
            Map.entry("protocol.presidingDelegateId", "presidingDelegateId"),
            Map.entry("protocol.issuerParent", "issuerParent"),
            Map.entry("protocol.decisionSigner.authority", "decisionSignerAuthority"),
            Map.entry("protocol.decisionSigner.title", "decisionSignerTitle"),
            Map.entry("protocol.decisionSigner.name", "decisionSignerName"),
            Map.entry("protocol.commandSigner.parent", "commandParent"),
            Map.entry("protocol.commandSigner.issuer", "commandIssuer"),
            Map.entry("protocol.commandSigner.authority", "commandSignerAuthority"),
            Map.entry("protocol.commandSigner.title", "commandSignerTitle"),
            Map.entry("protocol.commandSigner.name", "commandSignerName"));

    @Override
    public ConferenceRequest read(FormInput in) {
        String t = in.text("title", title);
        Integer year = in.integer("reviewYear", reviewYear);
        var starts = in.dateTime("startsAt", startsAt);
        var ends = in.dateTime("endsAt", endsAt);
        var venue = new ConferenceRequest.Venue(in.text("venueName", venueName), in.text("venueAddress", venueAddress));
        String iss = in.text("issuer", issuer);
        String pl = in.text("place", place);
        boolean standard = in.ticked("standardAgenda", standardAgenda);
        return new ConferenceRequest(t, year, starts, ends, venue, iss, pl, standard, letter(in), protocol(in));
    }

    /** The protocol settings of the edit page; creation does not post them and leaves them unset. */
    private ConferenceRequest.Protocol protocol(FormInput in) {
        if (presidingDelegateId == null && issuerParent == null && decisionSignerName == null
                && commandSignerName == null) {
            return null;
        }
        Long presiding = in.whole("presidingDelegateId", presidingDelegateId);
        String parent = in.text("issuerParent", issuerParent);
        var decision = new ConferenceRequest.Signer(in.text("decisionSignerAuthority", decisionSignerAuthority),
                lines(in.verbatim("decisionSignerTitle", decisionSignerTitle)),
                in.text("decisionSignerName", decisionSignerName));
        var command = new ConferenceRequest.CommandSigner(in.text("commandParent", commandParent),
                in.text("commandIssuer", commandIssuer), in.text("commandSignerAuthority", commandSignerAuthority),
                lines(in.verbatim("commandSignerTitle", commandSignerTitle)),
                in.text("commandSignerName", commandSignerName));
        return new ConferenceRequest.Protocol(presiding, parent, decision, command);
    }

    private static String lines(String text) {
        return text == null ? null : text.replace("\r", "");
    }

    private ConferenceRequest.Letter letter(FormInput in) {
        if (letterSymbol == null && signerAuthority == null && signerTitle == null && signerName == null
                && recipients == null && letterNumber == null && letterIssuedOn == null && supplementNumber == null
                && supplementIssuedOn == null) {
            return null;
        }
        String symbol = in.text("letterSymbol", letterSymbol);
        String authority = in.text("signerAuthority", signerAuthority);
        String titleLines = in.verbatim("signerTitle", signerTitle);
        String name = in.text("signerName", signerName);
        String lines = in.verbatim("recipients", recipients);
        Integer number = in.integer("letterNumber", letterNumber);
        var issuedOn = in.date("letterIssuedOn", letterIssuedOn);
        Integer extraNumber = in.integer("supplementNumber", supplementNumber);
        var extraIssuedOn = in.date("supplementIssuedOn", supplementIssuedOn);
        return new ConferenceRequest.Letter(symbol, authority, titleLines == null ? null : titleLines.replace("\r", ""),
                name, lines == null ? null : List.of(lines.split("\r?\n")), number, issuedOn, extraNumber,
                extraIssuedOn);
    }

    @Override
    public String field(String path) {
        if (path.startsWith("letter.recipients")) {
            return "recipients";
        }
        return NESTED.getOrDefault(path, path);
    }

    /** The edit form filled from the stored conference; empty letter settings show their defaults as placeholders. */
    public static FormState of(Conference c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", c.title);
        values.put("reviewYear", c.reviewYear);
        values.put("startsAt", VietnameseDates.inputValue(c.startsAt));
        values.put("endsAt", VietnameseDates.inputValue(c.endsAt));
        values.put("venueName", c.venueName);
        values.put("venueAddress", c.venueAddress);
        values.put("issuer", c.issuer);
        values.put("place", c.place);
        values.put("letterSymbol", c.letterSymbol);
        values.put("signerAuthority", c.signerAuthority);
        values.put("signerTitle", c.signerTitle);
        values.put("signerName", c.signerName);
        values.put("recipients", c.recipients);
        values.put("letterNumber", c.letterNumber);
        values.put("letterIssuedOn", c.letterIssuedOn);
        values.put("supplementNumber", c.supplementNumber);
        values.put("supplementIssuedOn", c.supplementIssuedOn);
        values.put("presidingDelegateId", c.presidingDelegateId);
        values.put("issuerParent", c.issuerParent);
        values.put("decisionSignerAuthority", c.decisionSignerAuthority);
        values.put("decisionSignerTitle", c.decisionSignerTitle);
        values.put("decisionSignerName", c.decisionSignerName);
        values.put("commandParent", c.commandParent);
        values.put("commandIssuer", c.commandIssuer);
        values.put("commandSignerAuthority", c.commandSignerAuthority);
        values.put("commandSignerTitle", c.commandSignerTitle);
        values.put("commandSignerName", c.commandSignerName);
        return FormState.filled(values);
    }

    /** The creation form as first shown: the standard agenda ticked. */
    public static FormState blank() {
        return FormState.filled(Map.of("standardAgenda", "true"));
    }
}
