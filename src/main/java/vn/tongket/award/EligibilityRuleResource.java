package vn.tongket.award;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** JSON API for the eligibility rules (ADMIN edits; everyone signed in reads). */
@Path("/api/eligibility-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Khen thưởng")
public class EligibilityRuleResource {

    @Inject
    EligibilityRules rules;

    @GET
    public List<EligibilityRuleView> rules() {
        return rules.rules().stream().map(EligibilityRuleView::of).toList();
    }

    @POST
    @RolesAllowed("ADMIN")
    public Response add(@Valid @NotNull EligibilityRuleRequest body) {
        return Response.status(Response.Status.CREATED).entity(EligibilityRuleView.of(rules.add(body))).build();
    }

    @PUT
    @Path("/{ruleId}")
    @RolesAllowed("ADMIN")
    public EligibilityRuleView update(@PathParam("ruleId") long id, @Valid @NotNull EligibilityRuleRequest body) {
        return EligibilityRuleView.of(rules.update(id, body));
    }
}
