package vn.tongket.preparation;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.PageForm;

/** The text of a section as received from its owner, pasted into the outline page. */
public class SectionTextForm implements PageForm<SectionTextRequest> {

    @RestForm
    public String text;

    @Override
    public SectionTextRequest read(FormInput in) {
        return new SectionTextRequest(in.verbatim("text", text));
    }
}
