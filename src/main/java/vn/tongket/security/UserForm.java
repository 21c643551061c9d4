package vn.tongket.security;

import io.quarkus.qute.TemplateExtension;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An account on the users page: the create form and each account's row. A blank password keeps the old one. */
public class UserForm implements PageForm<UserRequest> {

    @RestForm
    public String username;
    @RestForm
    public String fullName;
    @RestForm
    public String password;
    @RestForm
    public List<String> roles;
    @RestForm
    public String enabled;

    @Override
    public UserRequest read(FormInput in) {
        String name = in.text("username", username);
        String full = in.text("fullName", fullName);
        String typedPassword = in.verbatim("password", password);
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String role : roles == null ? List.<String>of() : roles) {
            Role known = in.choice(Role.class, "roles", role);
            if (known != null) {
                chosen.add(known);
            }
        }
        in.texts("roles", roles);
        return new UserRequest(name, full, typedPassword == null || typedPassword.isEmpty() ? null : typedPassword,
                chosen, in.ticked("enabled", enabled));
    }

    /** An account's row filled from what is stored; {@code {u.form}} in a template. */
    @TemplateExtension
    public static FormState form(UserAccount u) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("username", u.username);
        values.put("fullName", u.fullName);
        values.put("roles", u.roleSet());
        values.put("enabled", u.enabled);
        return FormState.filled(values);
    }
}
