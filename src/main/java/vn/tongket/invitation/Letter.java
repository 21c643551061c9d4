package vn.tongket.invitation;

import vn.tongket.conference.Conference;
import vn.tongket.conference.DocumentSigners;
import vn.tongket.conference.LetterSettings;

/**
 * Everything a letter, its mail and its answer page show, as plain values (no lazy loading while rendering). The
 * letter is a draft, marked DỰ THẢO, until it has its number and date of issue.
 */
@io.quarkus.qute.TemplateData
public record Letter(Invitation invitation, Conference conference, LetterSettings settings, String numberLabel,
                     String dateLine, String addressee, String delegateName, String answerUrl, boolean draft,
                     DocumentSigners signers, String presiding, boolean collective, String period) {

    /** The QR code of the answer link as a PNG data: URI, drawn only where a page or mail shows it (not for PDFs). */
    public String qrDataUri() {
        return answerUrl == null ? null : QrCodes.dataUri(answerUrl);
    }
}
