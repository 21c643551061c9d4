package vn.tongket.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Answers whether a PDF is a document this system issued, intact and validly signed: its signatures check out
 * ({@link SignatureCheck}, against the configured roots) and its exact bytes are a stored issued version; asked from a
 * document's verification page, it must be that very document.
 */
@ApplicationScoped
public class DocumentVerification {

    @Inject
    SigningKeys keys;

    @Inject
    SigningConfig config;

    /** The outcome: why, the issued document it is (or is asked about), who signed. */
    public record Outcome(SignatureCheck.Reason reason, IssuedDocument document, List<SignatureCheck.Signer> signers,
                          boolean superseded) {
        public boolean valid() {
            return reason == SignatureCheck.Reason.VALID;
        }
    }

    /** The JSON answer of {@code POST /api/verify}. */
    public record Answer(boolean valid, String reason, String number, LocalDate issuedOn, String issuer,
                         List<SignerView> signers) {
    }

    public record SignerView(String name, Instant signedAt) {
    }

    /** Checks {@code pdf}; with {@code token}, also that it is the issued version the token names. */
    @Transactional
    public Outcome verify(byte[] pdf, String token) {
        IssuedDocument expected = token == null ? null : document(token);
        SignatureCheck.Verdict verdict = new SignatureCheck(keys.trustAnchors()).check(pdf);
        IssuedDocument found = IssuedDocument.byContent(verdict.sha256()).orElse(null);
        IssuedDocument shown = expected != null ? expected : found;
        if (!verdict.valid()) {
            return new Outcome(verdict.reason(), shown, verdict.signers(), false);
        }
        if (found == null) {
            return new Outcome(SignatureCheck.Reason.UNKNOWN_DOCUMENT, shown, verdict.signers(), false);
        }
        if (expected != null && !expected.id.equals(found.id)) {
            return new Outcome(SignatureCheck.Reason.OTHER_DOCUMENT, shown, verdict.signers(), false);
        }
        return new Outcome(SignatureCheck.Reason.VALID, found, verdict.signers(), found.superseded());
    }

    /** An issued version as its verification page shows it: its stored bytes checked now. */
    @Transactional
    public Outcome issued(String token) {
        IssuedDocument document = document(token);
        SignatureCheck.Verdict verdict = new SignatureCheck(keys.trustAnchors()).check(document.content);
        return new Outcome(verdict.reason(), document, verdict.signers(), document.superseded());
    }

    private static IssuedDocument document(String token) {
        return IssuedDocument.byToken(token).orElseThrow(
                () -> ProblemException.notFound(SignatureMessages.class, SignatureMessages::documentNotFound));
    }

    public Answer answer(Outcome outcome, String language) {
        SignatureMessages m = Localization.bundle(SignatureMessages.class, language);
        IssuedDocument d = outcome.document();
        String reason = reason(m, outcome.reason());
        if (outcome.valid() && outcome.superseded()) {
            reason += " " + m.superseded();
        }
        if (outcome.valid() && d.demo) {
            reason += " " + m.demoCertificate();
        }
        return new Answer(outcome.valid(), reason, d == null ? null : d.number, d == null ? null : d.issuedOn,
                d == null ? null : d.issuer,
                outcome.signers().stream().map(s -> new SignerView(s.name(), s.signedAt())).toList());
    }

    public static String reason(SignatureMessages m, SignatureCheck.Reason reason) {
        return switch (reason) {
            case VALID -> m.reasonValid();
            case NOT_PDF -> m.reasonNotPdf();
            case UNSIGNED -> m.reasonUnsigned();
            case ALTERED -> m.reasonAltered();
            case CHANGED_AFTER_SIGNING -> m.reasonChangedAfterSigning();
            case UNTRUSTED -> m.reasonUntrusted();
            case UNKNOWN_DOCUMENT -> m.reasonUnknownDocument();
            case OTHER_DOCUMENT -> m.reasonOtherDocument();
        };
    }

    /** The upload, read up to the configured limit: a larger one is refused before it is read whole. */
    public byte[] read(InputStream in) {
        int max = config.maxVerifyBytes();
        try {
            byte[] content = in == null ? new byte[0] : in.readNBytes(max + 1);
            if (content.length > max) {
                throw ProblemException.invalid("file", SignatureMessages.class,
                        m -> m.fileTooLarge(max / (1024 * 1024)));
            }
            if (content.length == 0) {
                throw ProblemException.invalid("file", SignatureMessages.class, SignatureMessages::fileMissing);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
