package vn.tongket.delegate;

import io.quarkus.qute.TemplateExtension;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** The organisations page's form: name, level, the organisation it belongs to, grassroots flag and order. */
public class OrganizationForm implements PageForm<OrganizationForm.Request> {

    /** What the form asks of the service; the parent is chosen from the organisations there are. */
    public record Request(@NotBlank @Size(max = 300) String name, @NotNull OrganizationLevel level,
                          boolean grassroots, @NotNull @Min(0) @Max(100_000) Integer precedence, Long parent) {
    }

    @RestForm
    public String name;
    @RestForm
    public String level;
    @RestForm
    public String parent;
    @RestForm
    public String grassroots;
    @RestForm
    public String precedence;

    @Override
    public Request read(FormInput in) {
        String n = in.text("name", name);
        OrganizationLevel l = in.choice(OrganizationLevel.class, "level", level);
        Long p = in.whole("parent", parent);
        boolean g = in.ticked("grassroots", grassroots);
        Integer order = in.integer("precedence", precedence);
        return new Request(n, l, g, order, p);
    }

    /** A new organisation's form: other level, ordered last. */
    public static FormState blank() {
        return FormState.filled(Map.of("level", OrganizationLevel.OTHER, "precedence", 1000));
    }

    /** The edit form filled from the stored organisation; {@code {o.form}} in a template. */
    @TemplateExtension
    public static FormState form(Organization o) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", o.name);
        values.put("level", o.level);
        values.put("parent", o.parent == null ? null : o.parent.id);
        values.put("grassroots", o.grassroots);
        values.put("precedence", o.precedence);
        return FormState.filled(values);
    }
}
