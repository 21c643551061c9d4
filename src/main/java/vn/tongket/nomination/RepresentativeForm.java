package vn.tongket.nomination;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who receives a collective's award, on the nomination's page. */
public class RepresentativeForm implements PageForm<RepresentativeRequest> {

    @RestForm
    public String name;
    @RestForm
    public String position;

    @Override
    public RepresentativeRequest read(FormInput in) {
        return new RepresentativeRequest(in.text("name", name), in.text("position", position));
    }

    public static FormState of(Nomination n) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", n.representativeName);
        values.put("position", n.representativePosition);
        return FormState.filled(values);
    }
}
