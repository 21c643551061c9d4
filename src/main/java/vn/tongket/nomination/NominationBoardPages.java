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
                                             Pager pager, NominationKind[] kinds, Gender[] genders, String error, String notice);

        static native TemplateInstance detail(Conference conference, Nomination n, List<AttachmentView> attachments,
                                              List<HistoryView> history, NominationKind[] kinds, Gender[] genders,
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
        return Templates.board(conferences.get(conferenceId), quotas.meterRows(conferenceId), groups, Pager.of(page, base),
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
        Nomination n = service.inConference(conferenceId, id);
        return Templates.detail(n.conference, n, attachments.list(id), service.history(id), NominationKind.values(),
                Gender.values(), error);
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
            service.inConference(conferenceId, id);
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
            service.withdraw(service.inConference(conferenceId, id).id, note);
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
            service.award(service.inConference(conferenceId, id).id);
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
            service.inConference(conferenceId, id);
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
            service.inConference(conferenceId, id);
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

    private Response refusedOnDetail(long conferenceId, long id, RuntimeException e, HttpHeaders headers) {
        return Response.status(FormSupport.status(e)).entity(detail(conferenceId, id, forms.message(e, headers))).build();
    }

    /** Where a conference's nomination pages live. */
    static String path(long conferenceId) {
        return "/conferences/" + conferenceId + "/nominations";
    }

    private NominationRequest request(String kind, String nomineeName, String position, String rank, String gender,
                                      String birthYear, String organization, String grassroots, String achievements,
                                      String proposingUnit, String representativeName, String representativePosition) {
        return forms.validate(new NominationRequest(FormSupport.enumValue(NominationKind.class, kind), nomineeName,
                position, rank, FormSupport.enumValue(Gender.class, gender), FormSupport.integer(birthYear), organization,
                grassroots != null, achievements, proposingUnit, representativeName, representativePosition));
    }
}
