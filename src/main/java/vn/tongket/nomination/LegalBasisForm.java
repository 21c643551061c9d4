package vn.tongket.nomination;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** One legal text on the administrator's page: a new one, or a stored one corrected or ended. */
public class LegalBasisForm implements PageForm<LegalBasisRequest> {

    @RestForm
    public String title;
    @RestForm
    public String number;
    @RestForm
    public String issuedOn;
    @RestForm
    public String subject;
    @RestForm
    public String effectiveFrom;
    @RestForm
    public String effectiveUntil;
    @RestForm
    public String source;
    @RestForm
    public String confirmed;
    @RestForm
    public String sortOrder;

    @Override
    public LegalBasisRequest read(FormInput in) {
        return new LegalBasisRequest(in.text("title", title), in.text("number", number), in.date("issuedOn", issuedOn),
                in.text("subject", subject), in.date("effectiveFrom", effectiveFrom),
                in.date("effectiveUntil", effectiveUntil), in.text("source", source), in.ticked("confirmed", confirmed),
                in.integer("sortOrder", sortOrder));
    }

    /** A new text: cited after the others unless its order is given. */
    public static FormState blank() {
        return FormState.filled(Map.of("sortOrder", LegalBases.LAST));
    }

    public static FormState of(LegalBasis b) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", b.title);
        values.put("number", b.number);
        values.put("issuedOn", b.issuedOn);
        values.put("subject", b.subject);
        values.put("effectiveFrom", b.effectiveFrom);
        values.put("effectiveUntil", b.effectiveUntil);
        values.put("source", b.source);
        values.put("confirmed", b.confirmed);
        values.put("sortOrder", b.sortOrder);
        return FormState.filled(values);
    }
}
