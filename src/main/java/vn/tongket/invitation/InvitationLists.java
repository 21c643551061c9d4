package vn.tongket.invitation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.conference.ConferenceService;
import vn.tongket.mail.OutboxMessage;
import vn.tongket.web.PageRequest;
import vn.tongket.web.ResultPage;

/** The long lists of a conference's invitations and of its outgoing mail, one page at a time, counted by the database. */
@ApplicationScoped
public class InvitationLists {

    @Inject
    ConferenceService conferences;

    /** Invitations in number order, delegates and organisations fetched with them. */
    public ResultPage<Invitation> invitations(long conferenceId, PageRequest page) {
        conferences.get(conferenceId);
        return page.result(Invitation.pageByConference(conferenceId, page), Invitation.count("conference.id", conferenceId));
    }

    /** The conference's outbox, newest first. */
    public ResultPage<OutboxMessage> outbox(long conferenceId, PageRequest page) {
        conferences.get(conferenceId);
        return page.result(OutboxMessage.<OutboxMessage>find("conferenceId", Sort.descending("id"), conferenceId)
                .page(page.panache()).list(), OutboxMessage.count("conferenceId", conferenceId));
    }
}
