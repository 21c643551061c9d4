package vn.tongket.invitation;

import vn.tongket.conference.Conference;

import java.time.LocalDateTime;

/**
 * The answer page's data, detached from the database: what, when, where and who presides, the invitation's answer
 * state, the QR code of the answer link (shown at the gate) and the letter as rendered HTML.
 */
@io.quarkus.qute.TemplateData
public record AnswerPage(String token, String delegateName, InvitationStatus status, Answer answer,
                         String substituteName, String substitutePosition, LocalDateTime startsAt, String letterHtml,
                         String title, LocalDateTime endsAt, String venueName, String venueAddress, String presider,
                         String qrDataUri) {

    public boolean checkedIn() {
        return status == InvitationStatus.CHECKED_IN;
    }

    public boolean declined() {
        return answer == Answer.DECLINE;
    }

    public boolean substituted() {
        return answer == Answer.DELEGATE;
    }

    /** Whether the delegate (or a substitute) is expected at the gate. */
    public boolean coming() {
        return answer == Answer.ACCEPT || answer == Answer.DELEGATE;
    }

    /** The letter was withdrawn (thu hồi): no answer is taken. */
    public boolean withdrawn() {
        return status == InvitationStatus.WITHDRAWN;
    }

    /** Answers close when the conference starts. */
    public boolean closed() {
        return Conference.started(startsAt);
    }
}
