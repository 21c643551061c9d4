package vn.tongket.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.dossier.DossierDocument;
import vn.tongket.dossier.DossierWords;

import java.util.List;

/** The Chairman's decision as the decision page prints it; the latest one when a conference has several. */
@ApplicationScoped
public class DecisionDossierDocument implements DossierDocument {

    @Inject
    DossierDocuments documents;

    @Inject
    NominationDocumentPages decisions;

    @Inject
    DossierWords words;

    @Override
    public String key() {
        return "decision";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String title() {
        return words.get().titleDecision();
    }

    @Override
    public List<String> missing(long conferenceId) {
        return documents.latestDecision(conferenceId).isPresent() ? List.of() : List.of(words.get().missingDecision());
    }

    @Override
    public byte[] pdf(long conferenceId) {
        AwardDecision d = documents.latestDecision(conferenceId).orElseThrow();
        return decisions.decisionPdf(conferenceId, d.id);
    }
}
