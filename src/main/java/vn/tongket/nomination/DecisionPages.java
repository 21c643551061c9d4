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
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
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

/** The approver's decision page: the approved nominations to cover by a decision, and the decisions taken. */
@Path("/conferences/{conferenceId}/nominations/decision")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("APPROVER")
public class DecisionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance decision(Conference conference, List<Nomination> approved, Pager pager,
                                                PrizeMoney.Amounts amounts, LocalDate on, List<DecisionView> decisions,
                                                FormState form, String notice);
    }

    @Inject
    NominationService service;

    @Inject
    PrizeMoney prizeMoney;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    /** The page; {@code on} previews another date's rates, {@code recorded} is the decision just recorded. */
    @GET
    public TemplateInstance decision(@PathParam("conferenceId") long conferenceId, @QueryParam("on") String on,
                                     @QueryParam("recorded") Long recorded, @BeanParam PageParams paging,
                                     @Context UriInfo uri, HttpHeaders headers) {
        LocalDate date = date(on);
        String notice = null;
        if (recorded != null) {
            AwardDecision d = AwardDecision.findById(recorded);
            if (d != null && d.conference.id.equals(conferenceId)) {
                notice = Localization.bundle(NominationMessages.class, headers).decisionRecorded(d.number);
            }
        }
        return decision(conferenceId, date, paging.request(), uri.getRequestUriBuilder(), null, notice);
    }

    /**
     * Records the decision at the rates of the signing date typed, or, for "Xem trước" ({@code preview}), shows the
     * page again with the amounts at that date and everything as typed. Preview and record both take the amounts from
     * {@link PrizeMoney#on}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("conferenceId") long conferenceId, @BeanParam DecisionForm form,
                           @RestForm String preview, HttpHeaders headers) {
        if (preview != null) {
            FormInput in = new FormInput(Localization.messages(headers));
            DecisionRequest typed = form.read(in);
            return Response.ok(firstPage(conferenceId, typed.signedOn(), in.state())).build();
        }
        return forms.submit(form, headers, request -> {
            requireConfirmation(form.confirm, request.nominationIds().size());
            AwardDecision d = service.decide(conferenceId, request, prizeMoney.on(request.signedOn()));
            return Response.seeOther(UriBuilder.fromPath(NominationBoardPages.path(conferenceId) + "/decision")
                    .queryParam("recorded", d.id).fragment("decision-" + d.id).build()).build();
        }, state -> firstPage(conferenceId, form.read(new FormInput(Localization.messages(headers))).signedOn(), state));
    }

    /** A decision cannot be changed once recorded: refused (400, nothing recorded) without the ticked box. */
    private static void requireConfirmation(String confirm, int nominations) {
        if (!"yes".equals(confirm)) {
            throw ProblemException.invalid("confirm", NominationMessages.class,
                    m -> m.decisionConfirmRequired(nominations));
        }
    }

    private TemplateInstance firstPage(long conferenceId, LocalDate on, FormState form) {
        return decision(conferenceId, on, PageRequest.FIRST,
                UriBuilder.fromPath(NominationBoardPages.path(conferenceId) + "/decision"), form, null);
    }

    /**
     * One page of the approved nominations in presentation order, with the prize money at the rates of {@code on}
     * (today when none); the decisions already taken below. {@code form} is null for a fresh page: all ticked.
     */
    private TemplateInstance decision(long conferenceId, LocalDate on, PageRequest request, UriBuilder base,
                                      FormState form, String notice) {
        // a date the database cannot hold (refused by the request's rule) previews today's rates
        boolean storable = on != null && on.getYear() >= 1000 && on.getYear() <= 9999;
        LocalDate date = storable ? on : LocalDate.now(Conference.ZONE);
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
                decisions, form != null ? form : DecisionForm.of(approved.rows(), date), notice);
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
