package vn.tongket.target;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** A target: name, unit of measure, value typed the Vietnamese way ("0,82"). */
public class TargetForm implements PageForm<TargetRequest> {

    @RestForm
    public String name;
    @RestForm
    public String unit;
    @RestForm
    public String targetValue;

    @Override
    public TargetRequest read(FormInput in) {
        return new TargetRequest(in.text("name", name), in.text("unit", unit), in.decimal("targetValue", targetValue));
    }

    public static FormState of(Target t) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", t.name);
        values.put("unit", t.unit);
        values.put("targetValue", TargetFormats.vietnamese(t.targetValue));
        return FormState.filled(values);
    }
}
