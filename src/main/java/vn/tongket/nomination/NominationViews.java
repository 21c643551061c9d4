package vn.tongket.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.web.PageLanguage;

import java.util.List;

/** Nominations as the API returns them, each with its eligibility findings in the request's language. */
@ApplicationScoped
public class NominationViews {

    @Inject
    Eligibility eligibility;

    @Inject
    PageLanguage language;

    public NominationView of(Nomination n) {
        return NominationView.of(n, findings(n));
    }

    public List<EligibilityView> findings(Nomination n) {
        String code = language.getCode();
        return eligibility.check(n).stream().map(f -> f.view(code)).toList();
    }
}
