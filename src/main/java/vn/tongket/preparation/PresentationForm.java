package vn.tongket.preparation;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.PageForm;

/** The organiser's request to a unit for a presentation. */
public class PresentationForm implements PageForm<PresentationRequest> {

    @RestForm
    public String organization;
    @RestForm
    public String email;
    @RestForm
    public String title;
    @RestForm
    public String dueOn;

    @Override
    public PresentationRequest read(FormInput in) {
        return new PresentationRequest(in.text("organization", organization), in.text("email", email),
                in.text("title", title), in.date("dueOn", dueOn));
    }
}
