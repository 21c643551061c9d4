package vn.tongket.invitation;

import vn.tongket.conference.Conference;
import vn.tongket.conference.LetterSettings;

/** Everything a letter (a draft, marked DỰ THẢO, until the letter has its number and date), its mail and its answer page show, as plain values (no lazy loading while rendering). */
@io.quarkus.qute.TemplateData
public record Letter(Invitation invitation, Conference conference, LetterSettings settings, String numberLabel,
                     String dateLine, String addressee, String delegateName, String answerUrl, boolean draft) {

    /** The QR code of the answer link as a PNG data: URI, drawn only where a page or mail shows it (not for PDFs). */
    public String qrDataUri() {
        return answerUrl == null ? null : QrCodes.dataUri(answerUrl);
    }
}
