package vn.tongket.preparation;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.PageForm;

/** What a unit should change in its draft, typed on the presentation's row. */
public class ReturnForm implements PageForm<ReturnRequest> {

    @RestForm
    public String comments;

    @Override
    public ReturnRequest read(FormInput in) {
        return new ReturnRequest(in.verbatim("comments", comments));
    }
}
