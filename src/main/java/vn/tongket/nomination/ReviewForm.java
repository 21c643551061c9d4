package vn.tongket.nomination;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.PageForm;

/** The reviewer's verdict on one nomination of the queue: the button pressed and the note. */
public class ReviewForm implements PageForm<ReviewRequest> {

    @RestForm
    public String decision;
    @RestForm
    public String note;

    @Override
    public ReviewRequest read(FormInput in) {
        return new ReviewRequest(in.choice(ReviewRequest.Decision.class, "decision", decision), in.verbatim("note", note));
    }
}
