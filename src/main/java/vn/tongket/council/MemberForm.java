package vn.tongket.council;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** A council member: name, position, role and attendance. */
public class MemberForm implements PageForm<MemberRequest> {

    @RestForm
    public String fullName;
    @RestForm
    public String position;
    @RestForm
    public String role;
    @RestForm
    public String present;

    @Override
    public MemberRequest read(FormInput in) {
        return new MemberRequest(in.text("fullName", fullName), in.text("position", position),
                in.choice(CouncilRole.class, "role", role), in.ticked("present", present));
    }

    public static FormState of(CouncilMember m) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fullName", m.fullName);
        values.put("position", m.position);
        values.put("role", m.role);
        values.put("present", m.present);
        return FormState.filled(values);
    }
}
