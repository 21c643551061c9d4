package vn.tongket.conference;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.document.VietnameseDates;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** The agenda form of the conference page and the agenda item edit page. */
public class AgendaItemForm implements PageForm<AgendaItemRequest> {

    @RestForm
    public String title;
    @RestForm
    public String startsAt;
    @RestForm
    public String endsAt;
    @RestForm
    public String presenter;
    @RestForm
    public String kind;

    @Override
    public AgendaItemRequest read(FormInput in) {
        return new AgendaItemRequest(in.text("title", title), in.dateTime("startsAt", startsAt),
                in.dateTime("endsAt", endsAt), in.text("presenter", presenter),
                in.choice(AgendaKind.class, "kind", kind));
    }

    /** The edit form filled from the stored item. */
    public static FormState of(AgendaItem item) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", item.title);
        values.put("startsAt", VietnameseDates.inputValue(item.startsAt));
        values.put("endsAt", VietnameseDates.inputValue(item.endsAt));
        values.put("presenter", item.presenter);
        values.put("kind", item.kind);
        return FormState.filled(values);
    }

    /** A new item starts and ends, until changed, at the conference's start. */
    public static FormState blank(Conference c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("startsAt", VietnameseDates.inputValue(c.startsAt));
        values.put("endsAt", VietnameseDates.inputValue(c.startsAt));
        return FormState.filled(values);
    }
}
