package vn.tongket.nomination;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tongket.conference.Conference;

import java.time.LocalDate;
import java.util.List;

/** JSON API for the prize money rates (ADMIN edits). */
@Path("/api/prize-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Khen thưởng")
public class PrizeRateResource {

    @Inject
    PrizeMoney prizeMoney;

    @GET
    public List<PrizeRateView> rates() {
        return prizeMoney.rates().stream().map(PrizeRateView::of).toList();
    }

    @GET
    @Path("/amounts")
    public PrizeMoney.Amounts amounts(@QueryParam("on") LocalDate on) {
        return prizeMoney.on(on == null ? LocalDate.now(Conference.ZONE) : on);
    }

    @POST
    @RolesAllowed("ADMIN")
    public Response addRate(@Valid @NotNull PrizeRateRequest body) {
        return Response.status(Response.Status.CREATED).entity(PrizeRateView.of(prizeMoney.save(body))).build();
    }

    @PUT
    @Path("/{rateId}")
    @RolesAllowed("ADMIN")
    public PrizeRateView updateRate(@PathParam("rateId") long rateId, @Valid @NotNull PrizeRateRequest body) {
        return PrizeRateView.of(prizeMoney.update(rateId, body));
    }
}
