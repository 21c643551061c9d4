package vn.tongket.council;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** The secretary's paper count for one nominee. */
public class TallyForm implements PageForm<TallyRequest> {

    @RestForm
    public String yes;
    @RestForm
    public String no;
    @RestForm
    public String blank;

    @Override
    public TallyRequest read(FormInput in) {
        return new TallyRequest(in.integer("yes", yes), in.integer("no", no), in.integer("blank", blank));
    }

    public static FormState of(Verdict v) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (v.paper()) {
            values.put("yes", v.yes());
            values.put("no", v.no());
            values.put("blank", v.blank());
        }
        return FormState.filled(values);
    }
}
