package vn.tongket.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.Priorities;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns each kind of refusal into the shared error shape (API) or a readable page (HTML).
 * Narrow mappers only: anything unexpected stays a plain 500 without internals.
 */
public class ErrorMappers {

    /** The field a refused CSRF token is reported under. */
    public static final String CSRF_FIELD = "csrf-token";

    @Inject
    Template error;

    @Inject
    Template csrfExpired;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Messages m = Localization.messages(headers);
        String title = switch (e.status()) {
            case 404 -> m.errorNotFound();
            case 409 -> m.errorConflict();
            default -> m.errorInvalid();
        };
        String detail = e.detail(Localization.language(headers));
        List<ErrorResponse.Violation> violations = e.field() == null ? List.of()
                : List.of(new ErrorResponse.Violation(e.field(), detail));
        ErrorResponse body = new ErrorResponse(e.status(), title, detail, violations);
        if (CSRF_FIELD.equals(e.field())) {
            return csrfRefused(uri.getPath(), Localization.language(headers), headers.getAcceptableMediaTypes(),
                    headers.getHeaderString("Referer"), body);
        }
        return respond(uri, headers, body);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Messages m = Localization.messages(headers);
        List<ErrorResponse.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ErrorResponse.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ErrorResponse.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(uri, headers, new ErrorResponse(400, m.errorInvalid(), detail, violations));
    }

    @ServerExceptionMapper(value = {JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, ValueInstantiationException.class},
            priority = Priorities.USER - 100)
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Messages m = Localization.messages(headers);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = m.errorWrongType();
            return respond(uri, headers, new ErrorResponse(400, m.errorInvalid(), field + ": " + message,
                    List.of(new ErrorResponse.Violation(field, message))));
        }
        return respond(uri, headers, new ErrorResponse(400, m.errorInvalid(), m.errorMalformedJson(), List.of()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        Messages m = Localization.messages(headers);
        return respond(uri, headers, new ErrorResponse(404, m.errorNotFound(), m.errorNotFound(), List.of()));
    }

    /** Framework refusals without a body (an unreadable JSON body, a wrong media type): same shape as ours. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Response original = e.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        Messages m = Localization.messages(headers);
        int status = original.getStatus();
        String title = status == 404 ? m.errorNotFound() : m.errorInvalid();
        String detail = status == 400 ? m.errorMalformedJson() : original.getStatusInfo().getReasonPhrase();
        return respond(uri, headers, new ErrorResponse(status, title, detail, List.of()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Messages m = Localization.messages(headers);
        return respond(uri, headers, new ErrorResponse(403, m.errorForbidden(), m.errorForbiddenDetail(), List.of()));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(Exception e, HttpHeaders headers, UriInfo uri) {
        Messages m = Localization.messages(headers);
        return respond(uri, headers, new ErrorResponse(409, m.errorConflict(), m.errorConcurrentChange(), List.of()));
    }

    @ServerExceptionMapper
    public Response busy(ServiceBusyException e, HttpHeaders headers, UriInfo uri) {
        Messages m = Localization.messages(headers);
        Response r = respond(uri, headers, new ErrorResponse(503, m.errorBusy(),
                m.errorRenderingBusy(e.retryAfterSeconds()), List.of()));
        return Response.fromResponse(r).header("Retry-After", e.retryAfterSeconds()).build();
    }

    /**
     * Refusals written without a body by the framework's own filters (quarkus-rest-csrf answers a bare 400) get the
     * same shape as every other refusal.
     */
    @ServerResponseFilter
    public void bareRefusal(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return;
        }
        String language = Localization.language(request.getAcceptableLanguages());
        Messages m = Localization.messages(language);
        boolean unsafe = !Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
        String path = request.getUriInfo().getPath();
        boolean csrf = response.getStatus() == 400 && unsafe && !isApi(path);
        ErrorResponse body = csrf
                ? new ErrorResponse(400, m.errorInvalid(), m.errorCsrf(), List.of(new ErrorResponse.Violation(
                CSRF_FIELD, m.errorCsrf())))
                : new ErrorResponse(response.getStatus(), m.errorInvalid(),
                response.getStatusInfo().getReasonPhrase(), List.of());
        Response shaped = csrf
                ? csrfRefused(path, language, request.getAcceptableMediaTypes(),
                request.getHeaderString("Referer"), body)
                : respond(path, language, body);
        response.setEntity(shaped.getEntity(), null, shaped.getMediaType());
    }

    /**
     * A form refused for its CSRF token (mostly a page left open past the token cookie's life): a page in the
     * application's style that says nothing was saved and leads back to the form's page (its same-site Referer); a
     * script that asked for JSON gets the error shape.
     */
    private Response csrfRefused(String path, String language, List<MediaType> accepted, String referer,
                                 ErrorResponse body) {
        if (isApi(path) || prefersJson(accepted)) {
            return Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
        String back = LocalPath.ofAddress(referer).orElse("/");
        String html = csrfExpired.data("back", back).setLocale(language).render();
        return Response.status(body.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static boolean prefersJson(List<MediaType> accepted) {
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return true;
            }
        }
        return false;
    }

    private Response respond(UriInfo uri, HttpHeaders headers, ErrorResponse body) {
        return respond(uri.getPath(), Localization.language(headers), body);
    }

    private Response respond(String path, String language, ErrorResponse body) {
        if (isApi(path)) {
            return Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
        String html = error.data("status", body.status()).data("title", body.title())
                .data("detail", body.detail()).data("violations", body.violations())
                .setLocale(language).render();
        return Response.status(body.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api") || path.startsWith("/q/");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String last = null;
        int depth = 0;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            depth++;
            // Skip the method name and the parameter name: "create.body.venue.name" -> "venue.name"
            if (depth <= 2 && (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER)) {
                last = node.getName();
                continue;
            }
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(node.getName());
        }
        return path.length() > 0 ? path.toString() : (last == null ? "" : last);
    }
}
