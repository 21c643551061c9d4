package vn.tongket.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.web.Localization;
import vn.tongket.web.PageLanguage;

/** The dossier's texts in the current request's language, for the documents' titles and what they lack. */
@ApplicationScoped
public class DossierWords {

    @Inject
    PageLanguage language;

    public DossierMessages get() {
        return Localization.bundle(DossierMessages.class, language.getCode());
    }
}
