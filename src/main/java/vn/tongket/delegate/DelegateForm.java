package vn.tongket.delegate;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** The delegate form of the conference page and the edit page. Email is optional: such a delegate gets a printed letter. */
public class DelegateForm implements PageForm<DelegateRequest> {

    @RestForm
    public String fullName;
    @RestForm
    public String position;
    @RestForm
    public String organization;
    @RestForm
    public String email;
    @RestForm
    public String phone;
    @RestForm
    public String category;
    @RestForm
    public String precedence;
    @RestForm
    public String rank;
    @RestForm
    public String partyTitle;
    @RestForm
    public String provincialStanding;
    @RestForm
    public String collective;

    @Override
    public DelegateRequest read(FormInput in) {
        return new DelegateRequest(in.text("fullName", fullName), in.text("position", position),
                in.text("organization", organization), in.text("email", email), in.text("phone", phone),
                in.choice(DelegateCategory.class, "category", category), in.integer("precedence", precedence),
                in.text("rank", rank), in.text("partyTitle", partyTitle),
                in.ticked("provincialStanding", provincialStanding), in.ticked("collective", collective));
    }

    /** The edit form filled from the stored delegate. */
    public static FormState of(Delegate d) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fullName", d.fullName);
        values.put("position", d.position);
        values.put("organization", d.organizationName());
        values.put("email", d.email);
        values.put("phone", d.phone);
        values.put("category", d.category);
        values.put("precedence", d.precedence);
        values.put("rank", d.rank);
        values.put("partyTitle", d.partyTitle);
        values.put("provincialStanding", d.provincialStanding ? "true" : null);
        values.put("collective", d.collective ? "true" : null);
        return FormState.filled(values);
    }
}
