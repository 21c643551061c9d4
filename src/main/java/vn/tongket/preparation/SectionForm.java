package vn.tongket.preparation;

import io.quarkus.qute.TemplateExtension;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** A report outline section's form: the add form under the outline and each section's edit form. */
public class SectionForm implements PageForm<SectionRequest> {

    @RestForm
    public String number;
    @RestForm
    public String title;
    @RestForm
    public String ownerOrganization;
    @RestForm
    public String dueOn;

    @Override
    public SectionRequest read(FormInput in) {
        return new SectionRequest(in.text("number", number), in.text("title", title),
                in.text("ownerOrganization", ownerOrganization), in.date("dueOn", dueOn));
    }

    /** The edit form filled from the stored section; {@code {s.form}} in a template. */
    @TemplateExtension
    public static FormState form(SectionView s) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number", s.number());
        values.put("title", s.title());
        values.put("ownerOrganization", s.ownerOrganization());
        values.put("dueOn", s.dueOn());
        values.put("text", s.text());
        return FormState.filled(values);
    }
}
