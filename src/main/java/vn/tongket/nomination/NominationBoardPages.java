package vn.tongket.nomination;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tongket.conference.AgendaItem;
import vn.tongket.conference.AgendaKind;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;
import vn.tongket.web.PageParams;
import vn.tongket.web.PageRequest;
import vn.tongket.web.Pager;
import vn.tongket.web.ProblemException;
import vn.tongket.web.ResultPage;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The organiser's pages of the commendation flow: the board, one nomination and the awards list. The reviewer's
 * queue is {@link ReviewPages}, the approver's decision page {@link DecisionPages}.
 */
@Path("/conferences/{conferenceId}/nominations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NominationBoardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Conference conference, List<QuotaService.MeterRow> meters, List<Group> groups,
                                             Pager pager, NominationKind[] kinds, Gender[] genders, FormState form,
                                             String error, String notice);

        static native TemplateInstance detail(Conference conference, Nomination n, List<AttachmentView> attachments,
                                              List<HistoryView> history, HistoryView returned, NominationKind[] kinds,
                                              Gender[] genders, FormState form, FormState representative,
                                              String error);

        static native TemplateInstance awards(Conference conference, AgendaItem item, List<Nomination> awards,
                                              Pager pager);
    }

    /** The nominations of one state on this page, and how many the state holds in all. */
    public record Group(NominationStatus status, List<Nomination> nominations, long total) {
    }

    @Inject
    NominationService service;

    @Inject
    QuotaService quotas;

    @Inject
    AttachmentService attachments;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    /**
     * The board. {@code submitted} and {@code refused} come from the redirect after a bulk submission: how many went to
     * Home Affairs and which ones stayed, each named with the reason read again from its state now.
     */
    @GET
    public TemplateInstance board(@PathParam("conferenceId") long conferenceId, @QueryParam("notice") String notice,
                                  @QueryParam("submitted") Integer submitted, @QueryParam("refused") List<Long> refused,
                                  @BeanParam PageParams paging, @Context UriInfo uri, HttpHeaders headers) {
        NominationMessages m = Localization.bundle(NominationMessages.class, headers);
        String text = submitted != null ? m.bulkSubmitted(submitted) : notice;
        String error = refused == null || refused.isEmpty() ? null : notSubmitted(conferenceId, refused, headers, m);
        return page(conferenceId, paging.request(), uri.getRequestUriBuilder(), NominationForm.blank(), error, text);
    }

    /** The board's first page, with a message above the forms when an import was refused. */
    public TemplateInstance page(long conferenceId, String error) {
        return page(conferenceId, PageRequest.FIRST, UriBuilder.fromPath(path(conferenceId)), NominationForm.blank(),
                error, null);
    }

    /** One page of the board, grouped by state; each heading counts its whole state. */
    private TemplateInstance page(long conferenceId, PageRequest request, UriBuilder base, FormState form, String error,
                                  String notice) {
        ResultPage<Nomination> page = service.page(conferenceId, null, Nomination.BOARD_ORDER, request);
        Map<NominationStatus, Long> totals = Nomination.countByStatus(conferenceId);
        List<Group> groups = new ArrayList<>();
        for (NominationStatus status : NominationStatus.values()) {
            List<Nomination> in = page.rows().stream().filter(n -> n.status == status).toList();
            if (!in.isEmpty()) {
                groups.add(new Group(status, in, totals.getOrDefault(status, (long) in.size())));
            }
        }
        return Templates.board(conferences.get(conferenceId), quotas.meterRows(conferenceId), groups, Pager.of(page, base),
                NominationKind.values(), Gender.values(), form, error, notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response create(@PathParam("conferenceId") long conferenceId, @BeanParam NominationForm form,
                           HttpHeaders headers) {
        return forms.submit(form, headers, request -> toDetail(conferenceId, service.create(conferenceId, request).id),
                state -> page(conferenceId, PageRequest.FIRST, UriBuilder.fromPath(path(conferenceId)), state, null,
                        null));
    }

    /**
     * Submits each ticked nomination in its own transaction, so one full quota does not undo the others, then shows
     * the board again by a redirect: the groups are read after the submissions, and F5 submits nothing twice.
     */
    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response bulkSubmit(@PathParam("conferenceId") long conferenceId, @RestForm List<Long> ids) {
        List<Long> refused = new ArrayList<>();
        int submitted = 0;
        for (Long id : ids == null ? List.<Long>of() : ids.stream().filter(Objects::nonNull).distinct().toList()) {
            try {
                service.submit(conferenceId, id);
                submitted++;
            } catch (ProblemException e) {
                if (e.status() == 404) {
                    continue;
                }
                refused.add(id);
            }
        }
        UriBuilder to = UriBuilder.fromPath(path(conferenceId)).queryParam("submitted", submitted);
        refused.forEach(id -> to.queryParam("refused", id));
        return Response.seeOther(to.fragment("nominations").build()).build();
    }

    /** Names the nominations a bulk submission left behind and why, read again now: a full quota, most often. */
    private String notSubmitted(long conferenceId, List<Long> ids, HttpHeaders headers, NominationMessages m) {
        String language = Localization.language(headers);
        List<String> reasons = new ArrayList<>();
        for (Long id : ids.stream().filter(Objects::nonNull).distinct().limit(50).toList()) {
            Nomination n = Nomination.findById(id);
            if (n == null || !n.conference.id.equals(conferenceId) || !NominationAction.SUBMIT.allowedFrom(n.status)) {
                continue;
            }
            String reason = quotas.fullWithoutLock(conferenceId, n.kind).map(full -> full.refusal().detail(language))
                    .orElse(m.notSubmittedRetry());
            reasons.add(m.notSubmitted(n.nomineeName, reason));
        }
        return reasons.isEmpty() ? null : String.join(" ", reasons);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        Nomination n = service.inConference(conferenceId, id);
        return detail(n, NominationForm.of(n), RepresentativeForm.of(n), null);
    }

    private TemplateInstance detail(Nomination n, FormState form, FormState representative, String error) {
        List<HistoryView> history = service.history(n.id);
        return Templates.detail(n.conference, n, attachments.list(n.id), history, returnReason(n, history),
                NominationKind.values(), Gender.values(), form, representative, error);
    }

    /** While a nomination is back with the organiser, Home Affairs' latest return: shown first, it says what to fix. */
    private static HistoryView returnReason(Nomination n, List<HistoryView> history) {
        if (n.status != NominationStatus.RETURNED) {
            return null;
        }
        HistoryView last = null;
        for (HistoryView e : history) {
            if (NominationAction.RETURN.name().equals(e.action())) {
                last = e;
            }
        }
        return last;
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response update(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                           @BeanParam NominationForm form, HttpHeaders headers) {
        Nomination n = service.inConference(conferenceId, id);
        return forms.submit(form, headers, request -> {
            service.update(id, request);
            return toDetail(conferenceId, id);
        }, state -> detail(n, state, RepresentativeForm.of(n), null));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response submit(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id, HttpHeaders headers) {
        return refusedOnDetail(conferenceId, id, headers, () -> service.submit(conferenceId, id));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response withdraw(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                             @RestForm String note, HttpHeaders headers) {
        return refusedOnDetail(conferenceId, id, headers,
                () -> service.withdraw(service.inConference(conferenceId, id).id, note));
    }

    @POST
    @Path("/{id}/award")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response award(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id, HttpHeaders headers) {
        Response done = refusedOnDetail(conferenceId, id, headers, () -> service.award(service.inConference(conferenceId, id).id));
        return done.getStatus() == 303 ? Response.seeOther(URI.create(path(conferenceId) + "/awards")).build() : done;
    }

    @POST
    @Path("/{id}/representative")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response representative(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                                   @BeanParam RepresentativeForm form, HttpHeaders headers) {
        Nomination n = service.inConference(conferenceId, id);
        return forms.submit(form, headers, request -> {
            service.setRepresentative(id, request);
            return Response.seeOther(URI.create(path(conferenceId) + "/" + id + "#representative-section")).build();
        }, state -> detail(n, NominationForm.of(n), state, null));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response upload(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                           @RestForm("file") FileUpload file, HttpHeaders headers) {
        Response done = refusedOnDetail(conferenceId, id, headers, () -> {
            service.inConference(conferenceId, id);
            attachments.add(id, file == null ? null : file.fileName(), AttachmentResource.read(attachments, file));
        });
        return done.getStatus() == 303 ? toAnchor(conferenceId, id, "attachments") : done;
    }

    /** Removes an attachment while the nomination is still the organiser's to change (a draft or returned). */
    @POST
    @Path("/{id}/attachments/{attachmentId}/delete")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response removeAttachment(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                                     @PathParam("attachmentId") long attachmentId, HttpHeaders headers) {
        Response done = refusedOnDetail(conferenceId, id, headers, () -> {
            service.inConference(conferenceId, id);
            attachments.remove(id, attachmentId);
        });
        return done.getStatus() == 303 ? toAnchor(conferenceId, id, "attachments") : done;
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                             @PathParam("attachmentId") long attachmentId) {
        service.inConference(conferenceId, id);
        return AttachmentResource.download(attachments.get(id, attachmentId));
    }

    @GET
    @Path("/awards")
    public TemplateInstance awards(@PathParam("conferenceId") long conferenceId, @BeanParam PageParams paging,
                                   @Context UriInfo uri) {
        ResultPage<Nomination> page = service.awardsPage(conferenceId, paging.request());
        AgendaItem item = conferences.agenda(conferenceId).stream().filter(i -> i.kind == AgendaKind.AWARDS)
                .findFirst().orElse(null);
        return Templates.awards(conferences.get(conferenceId), item, page.rows(), Pager.of(page, uri));
    }

    private Response toDetail(long conferenceId, long id) {
        return Response.seeOther(URI.create(path(conferenceId) + "/" + id)).build();
    }

    private Response toAnchor(long conferenceId, long id, String anchor) {
        return Response.seeOther(URI.create(path(conferenceId) + "/" + id + "#" + anchor)).build();
    }

    /**
     * Carries out a one-button action of the detail page (no fields to keep) and goes back to the page; a 400 or 409
     * shows the page again with the reason on top.
     */
    private Response refusedOnDetail(long conferenceId, long id, HttpHeaders headers, Runnable action) {
        try {
            action.run();
            return toDetail(conferenceId, id);
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            Nomination n = service.inConference(conferenceId, id);
            return Response.status(e.status()).entity(detail(n, NominationForm.of(n), RepresentativeForm.of(n),
                    e.detail(Localization.language(headers)))).build();
        }
    }

    /** Where a conference's nomination pages live. */
    static String path(long conferenceId) {
        return "/conferences/" + conferenceId + "/nominations";
    }
}
