package vn.tongket.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.tongket.web.CurrentUser;

import java.util.List;

/** The home page: for each role, what waits in each current conference, with counts and a link to where it is done. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HomePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<WorkQueue.ConferenceWork> work);
    }

    @Inject
    WorkQueue queue;

    @Inject
    CurrentUser user;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance home() {
        return Templates.home(work());
    }

    private List<WorkQueue.ConferenceWork> work() {
        if (user.isOrganizer()) {
            return queue.organizer();
        }
        if (user.isReviewer()) {
            return queue.reviewer();
        }
        if (user.isApprover()) {
            return queue.approver();
        }
        if (user.isFinanceOnly()) {
            return queue.finance();
        }
        return List.of();
    }
}
