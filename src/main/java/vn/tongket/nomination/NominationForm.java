package vn.tongket.nomination;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nomination form of the board (a new draft) and of the detail page (a draft or a returned nomination). The page
 * shows the fields of both kinds in fieldsets; a value typed in the other kind's fieldset is not stored.
 */
public class NominationForm implements PageForm<NominationRequest> {

    @RestForm
    public String kind;
    @RestForm
    public String nomineeName;
    @RestForm
    public String position;
    @RestForm
    public String rank;
    @RestForm
    public String gender;
    @RestForm
    public String birthYear;
    @RestForm
    public String organization;
    @RestForm
    public String grassroots;
    @RestForm
    public String achievements;
    @RestForm
    public String proposingUnit;
    @RestForm
    public String representativeName;
    @RestForm
    public String representativePosition;
    @RestForm
    public String excellentYears;
    @RestForm
    public String initiatives;
    @RestForm
    public String disciplined;

    @Override
    public NominationRequest read(FormInput in) {
        NominationKind k = in.choice(NominationKind.class, "kind", kind);
        String name = in.text("nomineeName", nomineeName);
        String pos = in.text("position", position);
        String rnk = in.text("rank", rank);
        Gender g = in.choice(Gender.class, "gender", gender);
        Integer year = in.integer("birthYear", birthYear);
        String org = in.text("organization", organization);
        boolean local = in.ticked("grassroots", grassroots);
        String text = in.verbatim("achievements", achievements);
        String unit = in.text("proposingUnit", proposingUnit);
        String repName = in.text("representativeName", representativeName);
        String repPosition = in.text("representativePosition", representativePosition);
        Integer years = in.integer("excellentYears", excellentYears);
        Integer count = in.integer("initiatives", initiatives);
        boolean punished = in.ticked("disciplined", disciplined);
        boolean collective = k == NominationKind.COLLECTIVE;
        return new NominationRequest(k, name, collective ? null : pos, collective ? null : rnk, collective ? null : g,
                collective ? null : year, org, local, text, unit,
                collective ? repName : null, collective ? repPosition : null, years, count, punished);
    }

    /** The edit form filled from the stored nomination. */
    public static FormState of(Nomination n) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", n.kind);
        values.put("nomineeName", n.nomineeName);
        values.put("position", n.position);
        values.put("rank", n.rank);
        values.put("gender", n.gender);
        values.put("birthYear", n.birthYear);
        values.put("organization", n.organization.name);
        values.put("grassroots", n.grassroots);
        values.put("achievements", n.achievements);
        values.put("proposingUnit", n.proposingUnit);
        values.put("representativeName", n.representativeName);
        values.put("representativePosition", n.representativePosition);
        values.put("excellentYears", n.excellentYears);
        values.put("initiatives", n.initiatives);
        values.put("disciplined", n.disciplined);
        return FormState.filled(values);
    }

    /** A new draft: the kind the clerk starts with, the rest empty. */
    public static FormState blank() {
        return FormState.filled(Map.of("kind", NominationKind.INDIVIDUAL));
    }
}
