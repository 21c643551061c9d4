package vn.tongket.council;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
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
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.nomination.Nomination;
import vn.tongket.web.FormSupport;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A council member's secret ballot (no account: the unguessable link the organiser hands to each member is the key,
 * as the delegate's answer link; members of the council are officers who have no reason to hold an account here).
 * The page shows what the member has voted on, never how; an unknown link is a plain 404.
 */
@Path("/ballot/{token}")
public class BallotPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ballot(CouncilMember member, List<Nomination> nominations, Set<Long> voted,
                                              Vote[] votes, String error, Long errorRow, String notice);
    }

    @Inject
    CouncilService service;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("token") String token, @QueryParam("saved") String saved,
                                 HttpHeaders headers) {
        String notice = saved == null ? null : Localization.bundle(CouncilMessages.class, headers).voteSaved();
        return page(token, null, null, notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response castForm(@PathParam("token") String token, @RestForm String nominationId, @RestForm String choice,
                             HttpHeaders headers) {
        Integer id = FormSupport.integer(nominationId);
        Vote vote = FormSupport.enumValue(Vote.class, choice);
        try {
            if (id == null || vote == null) {
                throw ProblemException.invalid("choice", CouncilMessages.class, CouncilMessages::choice);
            }
            service.cast(token, new BallotRequest(id.longValue(), vote));
            return Response.seeOther(URI.create("/ballot/" + token + "?saved=true")).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(page(token, e.detail(Localization.language(headers)),
                    id == null ? null : id.longValue(), null)).build();
        }
    }

    private TemplateInstance page(String token, String error, Long errorRow, String notice) {
        CouncilMember member = service.ballotMember(token);
        return Templates.ballot(member, service.ballotNominations(member), service.castBy(member.id), Vote.values(),
                error, errorRow, notice);
    }
}
