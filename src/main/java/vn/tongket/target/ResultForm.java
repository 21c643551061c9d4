package vn.tongket.target;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.PageForm;

/** A unit's result on one target. */
public class ResultForm implements PageForm<ResultRequest> {

    @RestForm
    public String targetId;
    @RestForm
    public String organization;
    @RestForm
    public String value;

    @Override
    public ResultRequest read(FormInput in) {
        return new ResultRequest(in.whole("targetId", targetId), in.text("organization", organization),
                in.decimal("value", value));
    }
}
