package vn.tongket.award;

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
import vn.tongket.nomination.NominationKind;
import vn.tongket.nomination.RuleSeverity;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;

import java.util.List;

/** The administrator's page for the eligibility rules: each row editable in place, and a form to add one. */
@Path("/admin/eligibility-rules")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class EligibilityRulePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(List<Row> rows, RuleCode[] codes, NominationKind[] kinds,
                                             RuleSeverity[] severities, FormState form, String notice);
    }

    /** A stored rule and its form (as typed when its correction was refused). */
    public record Row(EligibilityRule rule, FormState form) {
    }

    @Inject
    EligibilityRules rules;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance rules(@QueryParam("saved") Long saved, HttpHeaders headers) {
        String notice = null;
        EligibilityRule rule = saved == null ? null : EligibilityRule.findById(saved);
        if (rule != null) {
            notice = Localization.bundle(AwardMessages.class, headers).ruleSaved(rule.code.name(),
                    VietnameseDates.dmy(rule.effectiveFrom));
        }
        return page(null, FormState.EMPTY, FormState.EMPTY, notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@BeanParam EligibilityRuleForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> toRow(rules.add(request)),
                state -> page(null, FormState.EMPTY, state, null));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam EligibilityRuleForm form, HttpHeaders headers) {
        rules.get(id);
        return forms.submit(form, headers, request -> toRow(rules.update(id, request)),
                state -> page(id, state, FormState.EMPTY, null));
    }

    private static Response toRow(EligibilityRule rule) {
        return Response.seeOther(UriBuilder.fromPath("/admin/eligibility-rules").queryParam("saved", rule.id)
                .fragment("rule-" + rule.id).build()).build();
    }

    private TemplateInstance page(Long refused, FormState rowState, FormState addState, String notice) {
        List<Row> rows = rules.rules().stream()
                .map(r -> new Row(r, r.id.equals(refused) ? rowState : EligibilityRuleForm.of(r))).toList();
        return Templates.rules(rows, RuleCode.values(), NominationKind.values(), RuleSeverity.values(), addState,
                notice);
    }
}
