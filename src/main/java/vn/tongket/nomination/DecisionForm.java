package vn.tongket.nomination;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Chairman's decision as the approver types it: number, signing date and the nominations ticked. */
public class DecisionForm implements PageForm<DecisionRequest> {

    @RestForm
    public String number;
    @RestForm
    public String signedOn;
    @RestForm
    public List<String> ids;
    @RestForm
    public String proposalNumber;
    @RestForm
    public String proposalDate;
    /** "yes" when the approver ticked that a recorded decision cannot be changed; checked before recording, not on preview. */
    @RestForm
    public String confirm;

    @Override
    public DecisionRequest read(FormInput in) {
        String n = in.text("number", number);
        LocalDate on = in.date("signedOn", signedOn);
        List<Long> nominationIds = new ArrayList<>();
        for (String id : in.texts("ids", ids)) {
            try {
                nominationIds.add(Long.valueOf(id));
            } catch (NumberFormatException e) {
                // not an id the page offered: left out, and an empty choice is refused by the request's rule
            }
        }
        String proposal = in.text("proposalNumber", proposalNumber);
        LocalDate proposedOn = in.date("proposalDate", proposalDate);
        in.ticked("confirm", confirm);
        return new DecisionRequest(n, on, nominationIds, proposal, proposedOn);
    }

    /** A fresh form: the nominations listed ticked, the date given. */
    public static FormState of(List<Nomination> listed, LocalDate on) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("signedOn", on);
        values.put("ids", listed.stream().map(n -> n.id).toList());
        return FormState.filled(values);
    }
}
