package vn.tongket.invitation;

import vn.tongket.conference.Conference;
import vn.tongket.conference.LetterSettings;

/** Everything a letter, its mail and its answer page show, as plain values (no lazy loading while rendering). */
@io.quarkus.qute.TemplateData
public record Letter(Invitation invitation, Conference conference, LetterSettings settings, String numberLabel,
                     String dateLine, String addressee, String delegateName, String answerUrl, String qrDataUri) {
}
