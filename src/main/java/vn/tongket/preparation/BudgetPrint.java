package vn.tongket.preparation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.document.PdfRenderer;

/** The printable budget estimate (A4 PDF), the finance department's (Sở Tài chính) document. */
@ApplicationScoped
public class BudgetPrint {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance estimate(Conference conference, BudgetEstimate budget, DocumentHeads.Head head);
    }

    @Inject
    BudgetService service;

    @Inject
    ConferenceService conferences;

    @Inject
    PdfRenderer pdf;

    @Inject
    DocumentHeads heads;

    public byte[] render(long conferenceId) {
        BudgetEstimate budget = service.estimate(conferenceId);
        return pdf.render(Templates.estimate(conferences.get(conferenceId), budget,
                heads.head(conferenceId, DocumentHead.Kind.BUDGET)).render());
    }

    public Response response(long conferenceId) {
        return UploadedFiles.serve(render(conferenceId), UploadedFiles.PDF, "du-toan-kinh-phi-" + conferenceId + ".pdf", true);
    }
}
