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
import vn.tongket.web.ProblemException;
import vn.tongket.web.ResultPage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/** The approver's decision page: the approved nominations to cover by a decision, and the decisions taken. */
@Path("/conferences/{conferenceId}/nominations/decision")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("APPROVER")
public class DecisionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance decision(Conference conference, List<Nomination> approved, Pager pager,
                                                PrizeMoney.Amounts amounts, LocalDate on, List<DecisionView> decisions,
                                                String error, String notice);
    }

    @Inject
    NominationService service;

    @Inject
    PrizeMoney prizeMoney;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance decision(@PathParam("conferenceId") long conferenceId, @QueryParam("on") String on,
                                     @BeanParam PageParams paging, @Context UriInfo uri) {
        return decision(conferenceId, date(on), paging.request(), uri.getRequestUriBuilder(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("conferenceId") long conferenceId, @RestForm String number,
                           @RestForm String signedOn, @RestForm List<String> ids, @RestForm String confirm,
                           HttpHeaders headers) {
        LocalDate date = date(signedOn);
        try {
            List<Long> nominationIds = (ids == null ? List.<String>of() : ids).stream().map(FormSupport::integer)
                    .filter(Objects::nonNull).map(Integer::longValue).toList();
            DecisionRequest request = forms.validate(new DecisionRequest(number, date, nominationIds));
            requireConfirmation(confirm, nominationIds.size());
            AwardDecision d = service.decide(conferenceId, request, prizeMoney.on(date));
            String notice = Localization.bundle(NominationMessages.class, headers).decisionRecorded(d.number);
            return Response.ok(firstPage(conferenceId, date, null, notice)).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e))
                    .entity(firstPage(conferenceId, date, forms.message(e, headers), null)).build();
        }
    }

    /** A decision cannot be changed once recorded: refused (400, nothing recorded) without the ticked box. */
    private static void requireConfirmation(String confirm, int nominations) {
        if (!"yes".equals(confirm)) {
            throw ProblemException.invalid("confirm", NominationMessages.class,
                    m -> m.decisionConfirmRequired(nominations));
        }
    }

    private TemplateInstance firstPage(long conferenceId, LocalDate on, String error, String notice) {
        return decision(conferenceId, on, PageRequest.FIRST,
                UriBuilder.fromPath(NominationBoardPages.path(conferenceId) + "/decision"), error, notice);
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
}
