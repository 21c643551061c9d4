package vn.tongket.invitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.TongketConfig;
import vn.tongket.conference.Conference;
import vn.tongket.delegate.Addressing;
import vn.tongket.delegate.Delegate;
import vn.tongket.document.PdfRenderer;
import vn.tongket.document.RenderedDocuments;
import vn.tongket.document.VietnameseDates;
import vn.tongket.mail.OutgoingMail;
import vn.tongket.signature.IssuedDocument;
import vn.tongket.signature.IssuedDocuments;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/** The letter (HTML and PDF from one template), the invitation and reminder mails, and the .ics event. */
@ApplicationScoped
public class InvitationDocuments {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance letter(Letter letter, boolean printable, vn.tongket.signature.Seal seal);

        static native TemplateInstance letters(List<Letter> letters);

        static native TemplateInstance mailHtml(Letter letter, boolean reminder, String qrSrc);

        static native TemplateInstance mailText(Letter letter, boolean reminder);
    }

    @Inject
    TongketConfig config;

    @Inject
    PdfRenderer pdf;

    @Inject
    RenderedDocuments rendered;

    @Inject
    IssuedDocuments issued;

    public Letter letter(Invitation invitation) {
        return letter(invitation, true);
    }

    /**
     * The letter; without the answer link (and so without its QR code) for readers who may see the letter but not
     * answer for the delegate (REVIEWER, APPROVER).
     */
    public Letter letter(Invitation invitation, boolean withAnswerLink) {
        Conference c = invitation.conference;
        Delegate d = invitation.delegate;
        String answerUrl = withAnswerLink ? answerUrl(invitation) : null;
        var settings = c.letter();
        // The date line is the letter's date of issue, the same on every copy, never the day it is rendered.
        var issuedOn = settings.issuedOn(invitation.supplement);
        String dateLine = issuedOn == null ? VietnameseDates.draftDateLine(c.place, c.startsAt.getYear())
                : VietnameseDates.dateLine(c.place, issuedOn);
        return new Letter(invitation, c, settings, settings.numberLabel(invitation.supplement, invitation.symbol),
                dateLine, addressee(d), d.fullName, answerUrl, issuedOn == null, c.signers(), presiding(c), d.collective,
                VietnameseDates.period(c.startsAt, c.endsAt));
    }

    /** "Đồng chí ..., Chủ tịch UBND tỉnh Bắc Giang": who presides, as the letter names him; null when not chosen. */
    static String presiding(Conference c) {
        if (c.presidingDelegateId == null) {
            return null;
        }
        Delegate p = Delegate.findById(c.presidingDelegateId);
        return p == null || p.withdrawnAt != null ? null : Addressing.salutation(p);
    }

    /** The personal answer link, also the content of the letter's QR code. */
    public String answerUrl(Invitation invitation) {
        String base = config.baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/rsvp/" + invitation.token;
    }

    public String html(Invitation invitation, boolean withAnswerLink) {
        return Templates.letter(letter(invitation, withAnswerLink), false, null).render();
    }

    /**
     * The letter's PDF: once the Giấy mời has its number and date of issue and signing is configured, the signed one
     * issued for this copy (the same bytes every time until the letter changes); a draft is never signed.
     */
    public byte[] pdf(Invitation invitation, boolean withAnswerLink) {
        Letter letter = letter(invitation, withAnswerLink);
        var settings = invitation.conference.letter();
        if (!issued.signing() || !settings.registered(invitation.supplement)) {
            return pdf.render(Templates.letter(letter, true, null).render());
        }
        Conference c = invitation.conference;
        return issued.pdf(new IssuedDocuments.Request(IssuedDocument.Kind.LETTER, invitation.id,
                withAnswerLink ? "letter" : "letter-without-answer-link", letter.numberLabel(),
                settings.issuedOn(invitation.supplement), c.issuer, "Giấy mời", c.place,
                seal -> Templates.letter(letter, true, seal).render()));
    }

    /** These letters in one PDF, each on its own page(s) as in its own PDF: one rendering, one slot of the gate. */
    public byte[] pdf(List<Invitation> invitations, boolean withAnswerLink) {
        List<Letter> letters = invitations.stream().map(i -> letter(i, withAnswerLink)).toList();
        return pdf.render(Templates.letters(letters).render());
    }

    /**
     * The letter's PDF for reading, rendered once per version of what it shows (see {@link RenderedDocuments});
     * {@code load} reads the invitation after the version is noted.
     */
    public LetterPdf keptPdf(long invitationId, boolean withAnswerLink, Supplier<Invitation> load) {
        long generation = rendered.generation(RenderedDocuments.Kind.LETTER);
        Invitation invitation = load.get();
        // Readers who may not see the answer link get a copy without it, kept apart.
        String variant = withAnswerLink ? "letter" : "letter-without-answer-link";
        byte[] content = rendered.get(new RenderedDocuments.Key(RenderedDocuments.Kind.LETTER, invitationId, variant,
                generation), () -> pdf(invitation, withAnswerLink));
        return new LetterPdf(pdfFileName(invitation), content);
    }

    /** A letter's PDF and the name it is served under. */
    public record LetterPdf(String fileName, byte[] content) {
    }

    public String pdfFileName(Invitation invitation) {
        // Every copy has the letter's number: the copy's serial keeps the files of one letter apart.
        var settings = invitation.conference.letter();
        String number = settings.registered(invitation.supplement)
                ? settings.numberLabel(invitation.supplement, invitation.symbol).replace('/', '-')
                : "du-thao-GM-" + invitation.symbol;
        return "giay-moi-" + number + "-" + invitation.number + ".pdf";
    }

    /** The invitation (or reminder) mail, rendered now and stored as sent. */
    public OutgoingMail mail(Invitation invitation, boolean reminder) {
        Letter letter = letter(invitation);
        String subject = (reminder ? "Nhắc: " : "") + "Giấy mời dự " + invitation.conference.title;
        // The QR code travels as an inline part the HTML links (cid:): Gmail and Outlook do not show data: images.
        String host = host();
        String qrId = "qr." + invitation.id + "@" + host;
        return new OutgoingMail(invitation.conference.id, "invitation", invitation.id, invitation.delegate.email,
                subject, Templates.mailHtml(letter, reminder, "cid:" + qrId).render(),
                Templates.mailText(letter, reminder).render(),
                List.of(new OutgoingMail.Attachment("ma-qr.png", "image/png", QrCodes.png(letter.answerUrl()), qrId),
                        new OutgoingMail.Attachment(pdfFileName(invitation), "application/pdf", pdf(invitation, true)),
                        new OutgoingMail.Attachment("hoi-nghi.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                                IcsCalendar.event(invitation, letter.answerUrl(), host))));
    }

    private String host() {
        String host = URI.create(config.baseUrl()).getHost();
        return host == null ? "tongket" : host;
    }

    /** "Đồng chí Nguyễn Văn A, Chủ tịch UBND xã Tân Mỹ"; an awardee unit by its name (see {@link Addressing}). */
    static String addressee(Delegate d) {
        return Addressing.salutation(d);
    }
}
