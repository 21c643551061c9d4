package vn.tongket.nomination;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;

import java.util.List;
import java.util.Map;

/** The commendation entry page: each conference with its quota meters and the way to its board, queue or decision page. */
@Path("/nominations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NominationIndexPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Row> rows);
    }

    /** One conference and its meters. */
    public record Row(Conference conference, List<NominationPages.MeterRow> meters) {
    }

    @Inject
    ConferenceService conferences;

    @Inject
    QuotaService quotas;

    @GET
    public TemplateInstance index() {
        return Templates.index(conferences.list().stream().map(c -> new Row(c, meters(quotas.meters(c.id)))).toList());
    }

    private static List<NominationPages.MeterRow> meters(Map<NominationKind, QuotaService.Meter> meters) {
        return meters.entrySet().stream().map(e -> new NominationPages.MeterRow(e.getKey(), e.getValue())).toList();
    }
}
