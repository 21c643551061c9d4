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
    @RestForm
    public String agendaItemId;

    @Override
    public AcceptRequest read(FormInput in) {
        Integer item = in.integer("agendaItemId", agendaItemId);
        boolean placed = item != null;
        return new AcceptRequest(placed ? null : in.dateTime("startsAt", startsAt),
                placed ? null : in.dateTime("endsAt", endsAt), in.text("presenter", presenter),
                placed ? item.longValue() : null);
    }
}
