package vn.tongket.signature;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The public verification page (no account): upload a PDF and learn whether it is an issued document, intact and
 * validly signed; {@code /verify/<token>}, reached from the QR code printed on an issued document, first shows that
 * document's number, date, issuer and signers.
 */
@Path("/verify")
@Produces(MediaType.TEXT_HTML)
public class VerifyPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** What the page shows: the document asked about (by its QR code), the result of an upload, or a refusal. */
    public record View(String action, IssuedDocument document, List<String> documentSigners, boolean superseded,
                       DocumentVerification.Answer result, List<String> resultSigners, String error, boolean demo,
                       boolean unsigned) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(View view);
    }

    @Inject
    DocumentVerification verification;

    @Inject
    SigningKeys keys;

    @GET
    public TemplateInstance form() {
        return Templates.verify(view("/verify", null, null, null, null, null));
    }

    @GET
    @Path("/{token}")
    public TemplateInstance document(@PathParam("token") String token, HttpHeaders headers) {
        return Templates.verify(view("/verify/" + token, verification.issued(token), null, null,
                Localization.language(headers), null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, HttpHeaders headers) {
        return check("/verify", null, file, headers);
    }

    @POST
    @Path("/{token}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadFor(@PathParam("token") String token, @RestForm("file") FileUpload file,
                              HttpHeaders headers) {
        return check("/verify/" + token, token, file, headers);
    }

    private Response check(String action, String token, FileUpload file, HttpHeaders headers) {
        String language = Localization.language(headers);
        DocumentVerification.Outcome asked = token == null ? null : verification.issued(token);
        try (InputStream in = file == null ? null : Files.newInputStream(file.uploadedFile())) {
            byte[] pdf = verification.read(in);
            DocumentVerification.Outcome outcome = verification.verify(pdf, token);
            return Response.ok(Templates.verify(view(action, asked, outcome, verification.answer(outcome, language),
                    language, null))).build();
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(Templates.verify(view(action, asked, null, null, language,
                    e.detail(language)))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private View view(String action, DocumentVerification.Outcome asked, DocumentVerification.Outcome outcome,
                      DocumentVerification.Answer answer, String language, String error) {
        SignatureMessages m = language == null ? null : Localization.bundle(SignatureMessages.class, language);
        return new View(action, asked == null ? null : asked.document(),
                asked == null ? List.of() : lines(asked.signers(), m), asked != null && asked.superseded(),
                answer, outcome == null ? List.of() : lines(outcome.signers(), m), error,
                keys.mode() == SigningKeys.Mode.DEMO, !keys.enabled());
    }

    private static List<String> lines(List<SignatureCheck.Signer> signers, SignatureMessages m) {
        return signers.stream().map(s -> s.signedAt() == null || m == null ? s.name()
                : s.name() + ", " + m.signedAt(TIME.format(s.signedAt()))).toList();
    }
}
