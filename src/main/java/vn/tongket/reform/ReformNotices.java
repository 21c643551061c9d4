package vn.tongket.reform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tongket.conference.Conference;
import vn.tongket.delegate.Delegate;
import vn.tongket.nomination.Nomination;
import vn.tongket.web.PageLanguage;

import java.util.List;

/**
 * The reform's warnings as pages show them, in the page's language:
 * {@code {#reformWarnings warnings=inject:reform.conference(conference) /}}.
 */
@Named("reform")
@RequestScoped
public class ReformNotices {

    @Inject
    ReformCheck check;

    @Inject
    PageLanguage language;

    public List<ReformWarning> conference(Conference c) {
        return check.conference(c, language.getCode());
    }

    public List<ReformWarning> delegate(Delegate d) {
        return check.delegate(d, language.getCode());
    }

    public List<ReformWarning> nomination(Nomination n) {
        return check.nomination(n, language.getCode());
    }
}
