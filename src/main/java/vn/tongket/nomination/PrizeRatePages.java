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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.tongket.document.VietnameseDates;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;

import java.util.List;

/** The administrator's page for the prize money rates: each row editable in place, and a form to add one. */
@Path("/admin/prize-rates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class PrizeRatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rates(List<Row> rows, PrizeRate.Name[] names, FormState form, String notice);
    }

    /** A stored rate and its form (as typed when its correction was refused). */
    public record Row(PrizeRate rate, FormState form) {
    }

    @Inject
    PrizeMoney prizeMoney;

    @Inject
    FormSupport forms;

    /** The rates; {@code saved} is the row just added or corrected, after the redirect. */
    @GET
    public TemplateInstance rates(@QueryParam("saved") Long saved, HttpHeaders headers) {
        String notice = null;
        PrizeRate rate = saved == null ? null : PrizeRate.findById(saved);
        if (rate != null) {
            NominationMessages m = Localization.bundle(NominationMessages.class, headers);
            notice = m.rateSaved(m.rateName(rate.name), VietnameseDates.dmy(rate.effectiveFrom));
        }
        return page(null, FormState.EMPTY, FormState.EMPTY, notice);
    }

    /** Adds a row, or corrects the row with the same name and effective date. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam PrizeRateForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> toRow(prizeMoney.save(request)),
                state -> page(null, FormState.EMPTY, state, null));
    }

    /** Corrects one stored row: its date, value or note. */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam PrizeRateForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> toRow(prizeMoney.update(id, request)),
                state -> page(id, state, FormState.EMPTY, null));
    }

    private static Response toRow(PrizeRate rate) {
        return Response.seeOther(UriBuilder.fromPath("/admin/prize-rates").queryParam("saved", rate.id)
                .fragment("rate-" + rate.id).build()).build();
    }

    private TemplateInstance page(Long refused, FormState rowState, FormState addState, String notice) {
        List<Row> rows = prizeMoney.rates().stream()
                .map(r -> new Row(r, r.id.equals(refused) ? rowState : PrizeRateForm.of(r))).toList();
        return Templates.rates(rows, PrizeRate.Name.values(), addState, notice);
    }
}
