package vn.tongket.signature;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tongket.web.Localization;

import java.io.InputStream;

/** Public JSON API: is this PDF an issued document, intact and validly signed? (no account; rate-limited) */
@Path("/api/verify")
@Tag(name = "Xác thực văn bản")
public class VerifyResource {

    @Inject
    DocumentVerification verification;

    @POST
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kiểm tra tệp PDF: đúng văn bản đã phát hành, nguyên vẹn, chữ ký số hợp lệ")
    public DocumentVerification.Answer verify(InputStream body, HttpHeaders headers) {
        byte[] pdf = verification.read(body);
        return verification.answer(verification.verify(pdf, null), Localization.language(headers));
    }
}
