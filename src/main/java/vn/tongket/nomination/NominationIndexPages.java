package vn.tongket.nomination;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.PageParams;
import vn.tongket.web.Pager;
import vn.tongket.web.ResultPage;

import java.util.List;

/** The commendation entry page: each conference with its quota meters and the way to its board, queue or decision page. */
@Path("/nominations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NominationIndexPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Row> rows, Pager pager);
    }

    /** One conference and its meters. */
    public record Row(Conference conference, List<QuotaService.MeterRow> meters) {
    }

    @Inject
    ConferenceService conferences;

    @Inject
    QuotaService quotas;

    /** One page of conferences, newest first (each meter counts with aggregate queries). */
    @GET
    public TemplateInstance index(@BeanParam PageParams paging, @Context UriInfo uri) {
        ResultPage<Conference> page = conferences.page(paging.request());
        return Templates.index(page.rows().stream().map(c -> new Row(c, quotas.meterRows(c.id))).toList(),
                Pager.of(page, uri));
    }
}
