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
import vn.tongket.audit.AuditEntry;
import vn.tongket.conference.AgendaItem;
import vn.tongket.conference.AgendaKind;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;
import vn.tongket.web.PageParams;
import vn.tongket.web.PageRequest;
import vn.tongket.web.Pager;
import vn.tongket.web.ProblemException;
import vn.tongket.web.ResultPage;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HTML pages of the commendation flow: the organiser's board, one nomination, the reviewer's queue, the approver's
 * decision page and the awards list. Each role sees only its own actions.
 */
@Path("/conferences/{conferenceId}/nominations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NominationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Conference conference, List<MeterRow> meters, List<Group> groups,
                                             Pager pager, NominationKind[] kinds, Gender[] genders, String error, String notice);

        static native TemplateInstance detail(Conference conference, Nomination n, List<AttachmentView> attachments,
                                              List<AuditEntry> history, NominationKind[] kinds, Gender[] genders,
                                              boolean editable, String error);

        static native TemplateInstance review(Conference conference, List<MeterRow> meters, List<QueueItem> queue,
                                              Pager pager, String error, String notice);

        static native TemplateInstance decision(Conference conference, List<Nomination> approved, Pager pager,
                                                PrizeMoney.Amounts amounts, LocalDate on, List<DecisionView> decisions,
                                                String error, String notice);

        static native TemplateInstance awards(Conference conference, AgendaItem item, List<Nomination> awards,
                                              Pager pager);
    }

    /** One quota meter. */
    public record MeterRow(NominationKind kind, QuotaService.Meter meter) {
    }

    /** The nominations of one state on this page, and how many the state holds in all. */
    public record Group(NominationStatus status, List<Nomination> nominations, long total) {
    }

    /** A nomination waiting for vetting, with its attachments. */
    public record QueueItem(Nomination n, List<AttachmentView> attachments) {
    }

    @Inject
    NominationService service;

    @Inject
    QuotaService quotas;

    @Inject
    AttachmentService attachments;

    @Inject
    PrizeMoney prizeMoney;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance board(@PathParam("conferenceId") long conferenceId, @QueryParam("notice") String notice,
                                  @BeanParam PageParams paging, @Context UriInfo uri) {
        return page(conferenceId, paging.request(), uri.getRequestUriBuilder(), null, notice);
    }

    /** The board's first page, with an error above the forms when a submission was refused. */
    public TemplateInstance page(long conferenceId, String error, String notice) {
        return page(conferenceId, PageRequest.FIRST, UriBuilder.fromPath(path(conferenceId)), error, notice);
    }

    /** One page of the board, grouped by state; each heading counts its whole state. */
    private TemplateInstance page(long conferenceId, PageRequest request, UriBuilder base, String error, String notice) {
        ResultPage<Nomination> page = service.page(conferenceId, null, Nomination.BOARD_ORDER, request);
        Map<NominationStatus, Long> totals = Nomination.countByStatus(conferenceId);
        List<Group> groups = new ArrayList<>();
        for (NominationStatus status : NominationStatus.values()) {
            List<Nomination> in = page.rows().stream().filter(n -> n.status == status).toList();
            if (!in.isEmpty()) {
                groups.add(new Group(status, in, totals.getOrDefault(status, (long) in.size())));
            }
        }
        return Templates.board(conferences.get(conferenceId), meters(conferenceId), groups, Pager.of(page, base),
                NominationKind.values(), Gender.values(), error, notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response create(@PathParam("conferenceId") long conferenceId, @RestForm String kind,
                           @RestForm String nomineeName, @RestForm String position, @RestForm String rank,
                           @RestForm String gender, @RestForm String birthYear, @RestForm String organization,
                           @RestForm String grassroots, @RestForm String achievements, @RestForm String proposingUnit,
                           @RestForm String representativeName, @RestForm String representativePosition,
                           HttpHeaders headers) {
        try {
            Nomination n = service.create(conferenceId, request(kind, nomineeName, position, rank, gender, birthYear,
                    organization, grassroots, achievements, proposingUnit, representativeName, representativePosition));
            return Response.seeOther(URI.create(path(conferenceId) + "/" + n.id)).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e)).entity(page(conferenceId, forms.message(e, headers), null)).build();
        }
    }

    /** Submits each ticked nomination in its own transaction, so one full quota does not undo the others. */
    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response bulkSubmit(@PathParam("conferenceId") long conferenceId, @RestForm List<String> ids,
                               HttpHeaders headers) {
        NominationMessages m = Localization.bundle(NominationMessages.class, headers);
        List<String> refused = new ArrayList<>();
        int submitted = 0;
        for (String id : ids == null ? List.<String>of() : ids) {
            Integer nominationId = FormSupport.integer(id);
            if (nominationId == null) {
                continue;
            }
            try {
                service.submit(conferenceId, nominationId);
                submitted++;
            } catch (ProblemException e) {
                refused.add(forms.message(e, headers));
            }
        }
        String notice = m.bulkSubmitted(submitted);
        String error = refused.isEmpty() ? null : String.join(" ", refused);
        return Response.ok(page(conferenceId, error, notice)).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        return detail(conferenceId, id, null);
    }

    private TemplateInstance detail(long conferenceId, long id, String error) {
        Nomination n = owned(conferenceId, id);
        return Templates.detail(n.conference, n, attachments.list(id), service.history(id), NominationKind.values(),
                Gender.values(), NominationAction.EDIT.allowedFrom(n.status), error);
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response update(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                           @RestForm String kind, @RestForm String nomineeName, @RestForm String position,
                           @RestForm String rank, @RestForm String gender, @RestForm String birthYear,
                           @RestForm String organization, @RestForm String grassroots, @RestForm String achievements,
                           @RestForm String proposingUnit, @RestForm String representativeName,
                           @RestForm String representativePosition, HttpHeaders headers) {
        try {
            owned(conferenceId, id);
            service.update(id, request(kind, nomineeName, position, rank, gender, birthYear, organization, grassroots,
                    achievements, proposingUnit, representativeName, representativePosition));
            return toDetail(conferenceId, id);
        } catch (RuntimeException e) {
            return refusedOnDetail(conferenceId, id, e, headers);
        }
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response submit(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id, HttpHeaders headers) {
        try {
            service.submit(conferenceId, id);
            return toDetail(conferenceId, id);
        } catch (RuntimeException e) {
            return refusedOnDetail(conferenceId, id, e, headers);
        }
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response withdraw(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                             @RestForm String note, HttpHeaders headers) {
        try {
            service.withdraw(owned(conferenceId, id).id, note);
            return toDetail(conferenceId, id);
        } catch (RuntimeException e) {
            return refusedOnDetail(conferenceId, id, e, headers);
        }
    }

    @POST
    @Path("/{id}/award")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response award(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id, HttpHeaders headers) {
        try {
            service.award(owned(conferenceId, id).id);
            return Response.seeOther(URI.create(path(conferenceId) + "/awards")).build();
        } catch (RuntimeException e) {
            return refusedOnDetail(conferenceId, id, e, headers);
        }
    }

    @POST
    @Path("/{id}/representative")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response representative(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                                   @RestForm String name, @RestForm String position, HttpHeaders headers) {
        try {
            owned(conferenceId, id);
            service.setRepresentative(id, forms.validate(new RepresentativeRequest(name, position)));
            return toDetail(conferenceId, id);
        } catch (RuntimeException e) {
            return refusedOnDetail(conferenceId, id, e, headers);
        }
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response upload(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                           @RestForm("file") FileUpload file, HttpHeaders headers) {
        try {
            owned(conferenceId, id);
            attachments.add(id, file == null ? null : file.fileName(), AttachmentResource.read(attachments, file));
            return toDetail(conferenceId, id);
        } catch (RuntimeException e) {
            return refusedOnDetail(conferenceId, id, e, headers);
        }
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                             @PathParam("attachmentId") long attachmentId) {
        owned(conferenceId, id);
        return AttachmentResource.download(attachments.get(id, attachmentId));
    }

    @GET
    @Path("/review")
    @RolesAllowed("REVIEWER")
    public TemplateInstance review(@PathParam("conferenceId") long conferenceId, @QueryParam("notice") String notice,
                                   @BeanParam PageParams paging, @Context UriInfo uri) {
        return review(conferenceId, paging.request(), uri.getRequestUriBuilder(), null, notice);
    }

    private TemplateInstance review(long conferenceId, String error, String notice) {
        return review(conferenceId, PageRequest.FIRST, UriBuilder.fromPath(path(conferenceId) + "/review"), error, notice);
    }

    /** One page of the queue; the attachments of the whole page come in one query. */
    private TemplateInstance review(long conferenceId, PageRequest request, UriBuilder base, String error, String notice) {
        ResultPage<Nomination> page = service.page(conferenceId, List.of(NominationStatus.SUBMITTED),
                Nomination.LIST_ORDER, request);
        Map<Long, List<AttachmentView>> files = NominationAttachment.describe(page.rows().stream().map(n -> n.id).toList());
        List<QueueItem> queue = page.rows().stream().map(n -> new QueueItem(n, files.getOrDefault(n.id, List.of()))).toList();
        return Templates.review(conferences.get(conferenceId), meters(conferenceId), queue, Pager.of(page, base),
                error, notice);
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("REVIEWER")
    public Response review(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                           @RestForm String decision, @RestForm String note, HttpHeaders headers) {
        try {
            Nomination n = owned(conferenceId, id);
            service.review(id, forms.validate(new ReviewRequest(
                    FormSupport.enumValue(ReviewRequest.Decision.class, decision), note)));
            String notice = Localization.bundle(NominationMessages.class, headers).reviewed(n.nomineeName);
            return Response.ok(review(conferenceId, null, notice)).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e)).entity(review(conferenceId, forms.message(e, headers), null)).build();
        }
    }

    @GET
    @Path("/decision")
    @RolesAllowed("APPROVER")
    public TemplateInstance decision(@PathParam("conferenceId") long conferenceId, @QueryParam("on") String on,
                                     @BeanParam PageParams paging, @Context UriInfo uri) {
        return decision(conferenceId, date(on), paging.request(), uri.getRequestUriBuilder(), null, null);
    }

    private TemplateInstance decision(long conferenceId, LocalDate on, String error, String notice) {
        return decision(conferenceId, on, PageRequest.FIRST, UriBuilder.fromPath(path(conferenceId) + "/decision"),
                error, notice);
    }

    /** One page of the approved nominations in presentation order; the decisions already taken below. */
    private TemplateInstance decision(long conferenceId, LocalDate on, PageRequest request, UriBuilder base,
                                      String error, String notice) {
        LocalDate date = on == null ? LocalDate.now(Conference.ZONE) : on;
        PrizeMoney.Amounts amounts;
        try {
            amounts = prizeMoney.on(date);
        } catch (ProblemException e) {
            amounts = null;
        }
        ResultPage<Nomination> approved = service.page(conferenceId, List.of(NominationStatus.APPROVED),
                Nomination.PRESENTATION_SQL_ORDER, request);
        List<DecisionView> decisions = AwardDecision.listByConference(conferenceId).stream().map(DecisionView::of).toList();
        return Templates.decision(conferences.get(conferenceId), approved.rows(), Pager.of(approved, base), amounts, date,
                decisions, error, notice);
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("APPROVER")
    public Response decide(@PathParam("conferenceId") long conferenceId, @RestForm String number,
                           @RestForm String signedOn, @RestForm List<String> ids, HttpHeaders headers) {
        LocalDate date = date(signedOn);
        try {
            List<Long> nominationIds = (ids == null ? List.<String>of() : ids).stream().map(FormSupport::integer)
                    .filter(java.util.Objects::nonNull).map(Integer::longValue).toList();
            DecisionRequest request = forms.validate(new DecisionRequest(number, date, nominationIds));
            AwardDecision d = service.decide(conferenceId, request, prizeMoney.on(date));
            String notice = Localization.bundle(NominationMessages.class, headers).decisionRecorded(d.number);
            return Response.ok(decision(conferenceId, date, null, notice)).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e))
                    .entity(decision(conferenceId, date, forms.message(e, headers), null)).build();
        }
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

    private List<MeterRow> meters(long conferenceId) {
        return quotas.meters(conferenceId).entrySet().stream().map(e -> new MeterRow(e.getKey(), e.getValue())).toList();
    }

    private Nomination owned(long conferenceId, long id) {
        Nomination n = service.get(id);
        if (!n.conference.id.equals(conferenceId)) {
            throw ProblemException.notFound(NominationMessages.class, m -> m.nominationNotFound(id));
        }
        return n;
    }

    private Response toDetail(long conferenceId, long id) {
        return Response.seeOther(URI.create(path(conferenceId) + "/" + id)).build();
    }

    private Response refusedOnDetail(long conferenceId, long id, RuntimeException e, HttpHeaders headers) {
        return Response.status(FormSupport.status(e)).entity(detail(conferenceId, id, forms.message(e, headers))).build();
    }

    private static String path(long conferenceId) {
        return "/conferences/" + conferenceId + "/nominations";
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private NominationRequest request(String kind, String nomineeName, String position, String rank, String gender,
                                      String birthYear, String organization, String grassroots, String achievements,
                                      String proposingUnit, String representativeName, String representativePosition) {
        return forms.validate(new NominationRequest(FormSupport.enumValue(NominationKind.class, kind), nomineeName,
                position, rank, FormSupport.enumValue(Gender.class, gender), FormSupport.integer(birthYear), organization,
                grassroots != null, achievements, proposingUnit, representativeName, representativePosition));
    }
}
