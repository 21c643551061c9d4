package vn.tongket.invitation;

import vn.tongket.conference.Conference;

import java.time.LocalDateTime;

/** The answer page's data, detached from the database: the letter as rendered HTML and the invitation's answer state. */
@io.quarkus.qute.TemplateData
public record AnswerPage(String token, String delegateName, InvitationStatus status, Answer answer,
                         String substituteName, String substitutePosition, LocalDateTime startsAt, String letterHtml) {

    /** The letter was withdrawn (thu hồi): no answer is taken. */
    public boolean withdrawn() {
        return status == InvitationStatus.WITHDRAWN;
    }

    /** Answers close when the conference starts. */
    public boolean closed() {
        return Conference.started(startsAt);
    }
}
