package vn.tongket.nomination;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;
import vn.tongket.web.PageParams;
import vn.tongket.web.PageRequest;
import vn.tongket.web.Pager;
import vn.tongket.web.ResultPage;

import java.util.List;
import java.util.Map;

/** The reviewer's queue: the submitted nominations of a conference, each to approve, return or reject. */
@Path("/conferences/{conferenceId}/nominations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("REVIEWER")
public class ReviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(Conference conference, List<QuotaService.MeterRow> meters,
                                              List<QueueItem> queue, Pager pager, String error, String notice);
    }

    /** A nomination waiting for vetting, with its attachments. */
    public record QueueItem(Nomination n, List<AttachmentView> attachments) {
    }

    @Inject
    NominationService service;

    @Inject
    QuotaService quotas;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    @GET
    @Path("/review")
    public TemplateInstance review(@PathParam("conferenceId") long conferenceId, @QueryParam("notice") String notice,
                                   @BeanParam PageParams paging, @Context UriInfo uri) {
        return review(conferenceId, paging.request(), uri.getRequestUriBuilder(), null, notice);
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                           @RestForm String decision, @RestForm String note, HttpHeaders headers) {
        try {
            Nomination n = service.inConference(conferenceId, id);
            service.review(id, forms.validate(new ReviewRequest(
                    FormSupport.enumValue(ReviewRequest.Decision.class, decision), note)));
            String notice = Localization.bundle(NominationMessages.class, headers).reviewed(n.nomineeName);
            return Response.ok(firstPage(conferenceId, null, notice)).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e)).entity(firstPage(conferenceId, forms.message(e, headers), null))
                    .build();
        }
    }

    private TemplateInstance firstPage(long conferenceId, String error, String notice) {
        return review(conferenceId, PageRequest.FIRST,
                UriBuilder.fromPath(NominationBoardPages.path(conferenceId) + "/review"), error, notice);
    }

    /** One page of the queue; the attachments of the whole page come in one query. */
    private TemplateInstance review(long conferenceId, PageRequest request, UriBuilder base, String error, String notice) {
        ResultPage<Nomination> page = service.page(conferenceId, List.of(NominationStatus.SUBMITTED),
                Nomination.LIST_ORDER, request);
        Map<Long, List<AttachmentView>> files = NominationAttachment.describe(page.rows().stream().map(n -> n.id).toList());
        List<QueueItem> queue = page.rows().stream().map(n -> new QueueItem(n, files.getOrDefault(n.id, List.of()))).toList();
        return Templates.review(conferences.get(conferenceId), quotas.meterRows(conferenceId), queue,
                Pager.of(page, base), error, notice);
    }
}
