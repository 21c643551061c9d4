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
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.preparation.DocumentHead;
import vn.tongket.preparation.DocumentHeads;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;
import vn.tongket.web.PageParams;
import vn.tongket.web.PageRequest;
import vn.tongket.web.Pager;
import vn.tongket.web.ResultPage;

import java.net.URI;
import java.util.ArrayList;
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
                                              List<QueueItem> queue, Pager pager, FormState unplaced,
                                              DocumentHeads.Head listHead, FormState listHeadForm, String notice);
    }

    /** A nomination waiting for vetting, with its attachments and its verdict form (as typed, when refused). */
    public record QueueItem(Nomination n, List<AttachmentView> attachments, FormState form,
                            List<EligibilityView> eligibility) {
    }

    @Inject
    NominationService service;

    @Inject
    QuotaService quotas;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    @Inject
    NominationViews views;

    @Inject
    DocumentHeads heads;

    /** The queue; {@code reviewed} names the nomination just vetted, after the redirect that follows a verdict. */
    @GET
    @Path("/review")
    public TemplateInstance review(@PathParam("conferenceId") long conferenceId, @QueryParam("reviewed") Long reviewed,
                                   @QueryParam("saved") String saved,
                                   @BeanParam PageParams paging, @Context UriInfo uri, HttpHeaders headers) {
        String notice = null;
        if ("list-head".equals(saved)) {
            notice = Localization.bundle(NominationMessages.class, headers).listHeadSaved();
        }
        if (reviewed != null) {
            Nomination n = Nomination.findById(reviewed);
            if (n != null && n.conference.id.equals(conferenceId)) {
                notice = Localization.bundle(NominationMessages.class, headers).reviewed(n.nomineeName);
            }
        }
        return review(conferenceId, paging.request(), uri.getRequestUriBuilder(), null, FormState.EMPTY, null, notice);
    }

    /** Who signs the consolidated list ("Người ký danh sách"); the list's PDF prints it under the title. */
    @POST
    @Path("/list-head")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveListHead(@PathParam("conferenceId") long conferenceId, @BeanParam ListSignerForm form,
                                 HttpHeaders headers) {
        conferences.get(conferenceId);
        return forms.submit(form, headers, request -> {
            heads.saveSigner(conferenceId, DocumentHead.Kind.LIST, request);
            return Response.seeOther(URI.create(NominationBoardPages.path(conferenceId) + "/review?saved=list-head#list-head"))
                    .build();
        }, state -> review(conferenceId, PageRequest.FIRST,
                UriBuilder.fromPath(NominationBoardPages.path(conferenceId) + "/review"), null, FormState.EMPTY, state, null));
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                           @BeanParam ReviewForm form, HttpHeaders headers) {
        service.inConference(conferenceId, id);
        return forms.submit(form, headers, request -> {
            service.review(id, request);
            return Response.seeOther(UriBuilder.fromPath(NominationBoardPages.path(conferenceId) + "/review")
                    .queryParam("reviewed", id).build()).build();
        }, state -> review(conferenceId, PageRequest.FIRST,
                UriBuilder.fromPath(NominationBoardPages.path(conferenceId) + "/review"), id, state, null, null));
    }

    /**
     * One page of the queue; the attachments of the whole page come in one query. The refused verdict's nomination is
     * put first, so that its form (with the note as typed) is where the reviewer lands; when it left the queue
     * meanwhile (vetted by a colleague), the reason goes on top of the page.
     */
    private TemplateInstance review(long conferenceId, PageRequest request, UriBuilder base, Long refused,
                                    FormState state, FormState listHeadState, String notice) {
        ResultPage<Nomination> page = service.page(conferenceId, List.of(NominationStatus.SUBMITTED),
                Nomination.LIST_ORDER, request);
        List<Nomination> rows = new ArrayList<>(page.rows());
        if (refused != null && rows.stream().noneMatch(n -> n.id.equals(refused))) {
            Nomination n = service.get(refused);
            if (n.status == NominationStatus.SUBMITTED) {
                rows.add(0, n);
            }
        }
        Map<Long, List<AttachmentView>> files = NominationAttachment.describe(rows.stream().map(n -> n.id).toList());
        List<QueueItem> queue = rows.stream().map(n -> new QueueItem(n, files.getOrDefault(n.id, List.of()),
                n.id.equals(refused) ? state : FormState.EMPTY, views.findings(n))).toList();
        DocumentHeads.Head listHead = heads.head(conferenceId, DocumentHead.Kind.LIST);
        boolean placed = queue.stream().anyMatch(item -> item.n().id.equals(refused));
        return Templates.review(conferences.get(conferenceId), quotas.meterRows(conferenceId), queue,
                Pager.of(page, base), placed ? FormState.EMPTY : state, listHead,
                listHeadState != null ? listHeadState : ListSignerForm.signerForm(listHead), notice);
    }
}
