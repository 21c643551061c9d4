package vn.tongket.council;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.document.VietnameseDates;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** The council meeting's form: name, time and place. */
public class MeetingForm implements PageForm<MeetingRequest> {

    @RestForm
    public String councilName;
    @RestForm
    public String heldAt;
    @RestForm
    public String place;

    @Override
    public MeetingRequest read(FormInput in) {
        return new MeetingRequest(in.dateTime("heldAt", heldAt), in.text("place", place),
                in.text("councilName", councilName));
    }

    public static FormState of(CouncilMeeting m) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (m != null) {
            values.put("councilName", m.councilName);
            values.put("heldAt", VietnameseDates.inputValue(m.heldAt));
            values.put("place", m.place);
        }
        return FormState.filled(values);
    }
}
