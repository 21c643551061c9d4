package vn.tongket.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.util.Comparator;
import java.util.List;

/** The dossier of a conference: every {@link DossierDocument} bean, in order, with what each still lacks. */
@ApplicationScoped
public class DossierService {

    @Inject
    Instance<DossierDocument> documents;

    @Inject
    ConferenceService conferences;

    public List<DossierItem> checklist(long conferenceId) {
        conferences.get(conferenceId);
        return ordered().stream().map(d -> {
            List<String> missing = d.missing(conferenceId);
            return new DossierItem(d.key(), d.title(), missing.isEmpty(), missing);
        }).toList();
    }

    /** The document's PDF; 404 for an unknown key, 409 listing what it lacks when it is not ready. */
    public byte[] pdf(long conferenceId, String key) {
        conferences.get(conferenceId);
        DossierDocument d = ordered().stream().filter(doc -> doc.key().equals(key)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(DossierMessages.class, m -> m.unknownDocument(key)));
        List<String> missing = d.missing(conferenceId);
        if (!missing.isEmpty()) {
            String title = d.title();
            String list = String.join("; ", missing);
            throw ProblemException.conflict(DossierMessages.class, m -> m.notReady(title, list));
        }
        return d.pdf(conferenceId);
    }

    public DossierSettings settings(long conferenceId) {
        conferences.get(conferenceId);
        return DossierSettings.of(conferenceId);
    }

    @Transactional
    public DossierSettings save(long conferenceId, DossierSettingsRequest request) {
        conferences.get(conferenceId);
        DossierSettings s = DossierSettings.findById(conferenceId);
        if (s == null) {
            s = new DossierSettings();
            s.conferenceId = conferenceId;
            s.persist();
        }
        s.proposalNumber = Text.clean(request.proposalNumber());
        s.proposalDate = request.proposalDate();
        s.signerTitle = Text.clean(request.signerTitle());
        s.signerName = Text.clean(request.signerName());
        return s;
    }

    private List<DossierDocument> ordered() {
        return documents.stream().sorted(Comparator.comparingInt(DossierDocument::order)).toList();
    }
}
