package vn.tongket.nomination;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tongket.web.ErrorResponse;
import vn.tongket.web.Localization;

/** A refused import in the shared error shape: one violation per wrong cell. */
public class ImportErrorMapper {

    @ServerExceptionMapper
    public Response rejected(ImportRejectedException e, HttpHeaders headers) {
        String language = Localization.language(headers);
        var violations = e.errors().stream().map(c -> new ErrorResponse.Violation(c.field(),
                Localization.ENGLISH.equals(language) ? c.english() : c.vietnamese())).toList();
        ErrorResponse body = new ErrorResponse(400, Localization.messages(language).errorInvalid(), e.summary(language),
                violations);
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
