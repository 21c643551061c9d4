package vn.tongket.script;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.document.PdfRenderer;
import vn.tongket.document.ServedFiles;
import vn.tongket.web.Localization;

import java.util.List;

/** The MC's script printed in the letter style of Decree 30 (A4), always in Vietnamese: it is read out in the hall. */
@ApplicationScoped
public class ScriptDocument {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance script(Conference conference, List<ScriptEntry> entries);
    }

    @Inject
    ScriptService scripts;

    @Inject
    ConferenceService conferences;

    @Inject
    PdfRenderer pdf;

    public byte[] render(long conferenceId) {
        List<ScriptEntry> entries = scripts.script(conferenceId, Localization.VIETNAMESE);
        return pdf.render(Templates.script(conferences.get(conferenceId), entries)
                .setLocale(Localization.VIETNAMESE).render());
    }

    public Response response(long conferenceId) {
        return Response.ok(ServedFiles.body(render(conferenceId)), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"kich-ban-dieu-hanh-" + conferenceId + ".pdf\"").build();
    }
}
