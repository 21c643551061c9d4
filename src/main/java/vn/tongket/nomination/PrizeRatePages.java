package vn.tongket.nomination;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormSupport;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The administrator's page for the prize money rates: the rows with their effective dates, add or correct one. */
@Path("/admin/prize-rates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class PrizeRatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rates(List<PrizeRate> rates, PrizeRate.Name[] names, String error);
    }

    @Inject
    PrizeMoney prizeMoney;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance rates() {
        return Templates.rates(prizeMoney.rates(), PrizeRate.Name.values(), null);
    }

    /** Adds a row, or corrects the row with the same name and effective date. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String name, @RestForm String effectiveFrom, @RestForm String value,
                         @RestForm String note, HttpHeaders headers) {
        try {
            prizeMoney.save(forms.validate(new PrizeRateRequest(FormSupport.enumValue(PrizeRate.Name.class, name),
                    date(effectiveFrom), decimal(value), note)));
            return Response.seeOther(URI.create("/admin/prize-rates")).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e))
                    .entity(Templates.rates(prizeMoney.rates(), PrizeRate.Name.values(), forms.message(e, headers))).build();
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(",", "."));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
