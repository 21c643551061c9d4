package vn.tongket.invitation;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.PageForm;

import java.util.ArrayList;
import java.util.List;

/** The paper sign-in page: the delegates shown on it, and those ticked as having signed. */
public class PaperSheetForm implements PageForm<PaperSheetForm.Request> {

    /** Both lists hold delegate ids; a delegate shown but not signed loses a PAPER check-in. */
    public record Request(List<Long> shown, List<Long> signed) {
    }

    @RestForm
    public List<String> shown;
    @RestForm
    public List<String> signed;

    @Override
    public Request read(FormInput in) {
        return new Request(ids(in, "shown", shown), ids(in, "signed", signed));
    }

    private static List<Long> ids(FormInput in, String name, List<String> raw) {
        List<Long> ids = new ArrayList<>();
        for (String value : in.texts(name, raw)) {
            try {
                ids.add(Long.parseLong(value));
            } catch (NumberFormatException e) {
                // Only a forged form sends anything but the ids the page wrote.
                in.refuse(name, value);
            }
        }
        return ids;
    }
}
