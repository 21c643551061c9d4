package vn.tongket.preparation;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.FormSupport;

import java.net.URI;

/** The organiser's budget page: cost lines, prize money from the decisions, totals, printable estimate. */
@Path("/conferences/{conferenceId}/budget")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BudgetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance budget(Conference conference, BudgetEstimate budget, BudgetCategory[] categories,
                                              String error);
    }

    @Inject
    BudgetService service;

    @Inject
    BudgetPrint print;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance budget(@PathParam("conferenceId") long conferenceId) {
        return page(conferenceId, null);
    }

    @GET
    @Path("/estimate.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("conferenceId") long conferenceId) {
        return print.response(conferenceId);
    }

    @POST
    @Path("/lines")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response add(@PathParam("conferenceId") long conferenceId, @RestForm String category,
                        @RestForm String description, @RestForm String quantity, @RestForm String unit,
                        @RestForm String unitPrice, HttpHeaders headers) {
        try {
            service.add(conferenceId, forms.validate(new BudgetLineRequest(
                    FormSupport.enumValue(BudgetCategory.class, category), description, FormSupport.integer(quantity),
                    unit, amount(unitPrice))));
            return back(conferenceId);
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e)).entity(page(conferenceId, forms.message(e, headers))).build();
        }
    }

    @POST
    @Path("/lines/{lineId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response delete(@PathParam("conferenceId") long conferenceId, @PathParam("lineId") long lineId,
                           HttpHeaders headers) {
        try {
            service.delete(conferenceId, lineId);
            return back(conferenceId);
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e)).entity(page(conferenceId, forms.message(e, headers))).build();
        }
    }

    private static Response back(long conferenceId) {
        return Response.seeOther(URI.create("/conferences/" + conferenceId + "/budget")).build();
    }

    private TemplateInstance page(long conferenceId, String error) {
        return Templates.budget(conferences.get(conferenceId), service.estimate(conferenceId), BudgetCategory.values(), error);
    }

    /** "1.800.000" or "1800000" as typed by a clerk; null when unreadable (validation then names the field). */
    static Long amount(String value) {
        String digits = value == null ? "" : value.replaceAll("[.\\s đ]", "");
        try {
            return digits.isEmpty() ? null : Long.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
