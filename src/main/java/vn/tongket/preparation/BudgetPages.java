package vn.tongket.preparation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;

import java.net.URI;

/** The organiser's budget page: cost lines, prize money from the decisions, totals, printable estimate. */
@Path("/conferences/{conferenceId}/budget")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BudgetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance budget(Conference conference, BudgetEstimate budget, BudgetCategory[] categories,
                                              FormState form, DocumentHeads.Head head, FormState headForm,
                                              String notice);
    }

    @Inject
    BudgetService service;

    @Inject
    BudgetPrint print;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    @Inject
    DocumentHeads heads;

    /** {@code added} or {@code deleted} (a line's description) says, once, what the last change was. */
    @GET
    public TemplateInstance budget(@PathParam("conferenceId") long conferenceId, @QueryParam("added") Long added,
                                   @QueryParam("deleted") String deleted, @QueryParam("saved") String saved,
                                   HttpHeaders headers) {
        PreparationMessages m = Localization.bundle(PreparationMessages.class, headers);
        BudgetEstimate estimate = service.estimate(conferenceId);
        String notice = null;
        if (added != null) {
            notice = estimate.lines().stream().filter(l -> l.id() == added).findFirst()
                    .map(l -> m.budgetLineAdded(l.description())).orElse(null);
        } else if (deleted != null) {
            notice = m.budgetLineDeleted();
        } else if (saved != null) {
            notice = m.documentHeadSaved();
        }
        DocumentHeads.Head head = heads.head(conferenceId, DocumentHead.Kind.BUDGET);
        return Templates.budget(conferences.get(conferenceId), estimate, BudgetCategory.values(), FormState.EMPTY,
                head, DocumentHeadForm.form(head), notice);
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
    @RolesAllowed({"ORGANIZER", "ADMIN", "FINANCE"})
    public Response add(@PathParam("conferenceId") long conferenceId, @BeanParam BudgetLineForm form,
                        HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            BudgetLine line = service.add(conferenceId, request);
            return Response.seeOther(URI.create("/conferences/" + conferenceId + "/budget?added=" + line.id
                    + "#line-" + line.id)).build();
        }, state -> {
            DocumentHeads.Head head = heads.head(conferenceId, DocumentHead.Kind.BUDGET);
            return Templates.budget(conferences.get(conferenceId), service.estimate(conferenceId),
                    BudgetCategory.values(), state, head, DocumentHeadForm.form(head), null);
        });
    }

    /** Sở Tài chính's issuer lines, number, date, signer and basis of the printed estimate. */
    @POST
    @Path("/head")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN", "FINANCE"})
    public Response saveHead(@PathParam("conferenceId") long conferenceId, @BeanParam DocumentHeadForm form,
                             HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            heads.save(conferenceId, DocumentHead.Kind.BUDGET, request);
            return Response.seeOther(URI.create("/conferences/" + conferenceId + "/budget?saved=head#budget-head"))
                    .build();
        }, state -> Templates.budget(conferences.get(conferenceId), service.estimate(conferenceId),
                BudgetCategory.values(), FormState.EMPTY, heads.head(conferenceId, DocumentHead.Kind.BUDGET), state,
                null));
    }

    @POST
    @Path("/lines/{lineId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN", "FINANCE"})
    public Response delete(@PathParam("conferenceId") long conferenceId, @PathParam("lineId") long lineId) {
        service.delete(conferenceId, lineId);
        return Response.seeOther(URI.create("/conferences/" + conferenceId + "/budget?deleted=" + lineId)).build();
    }
}
