package vn.tongket.preparation;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.PageForm;

/** A submitted presentation's place on the agenda, typed on its row of the presentations page. */
public class AcceptForm implements PageForm<AcceptRequest> {

    @RestForm
    public String startsAt;
    @RestForm
    public String endsAt;
    @RestForm
    public String presenter;

    @Override
    public AcceptRequest read(FormInput in) {
        return new AcceptRequest(in.dateTime("startsAt", startsAt), in.dateTime("endsAt", endsAt),
                in.text("presenter", presenter));
    }
}
