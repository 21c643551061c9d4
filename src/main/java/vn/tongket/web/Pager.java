package vn.tongket.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a page of a list sits, for the pager under a table ("Trang 2/3", previous and next links that keep the
 * other query parameters), and the same links as HTTP headers for the JSON API.
 */
public record Pager(int page, int pages, long total, long firstNumber, String previousHref, String nextHref) {

    /** The pager of a page requested with GET: its links keep the request's other query parameters. */
    public static Pager of(ResultPage<?> result, UriInfo uri) {
        return of(result, uri.getRequestUriBuilder());
    }

    /** The pager with links to {@code base} (a page shown again after a refused form, whose own URI is the POST's). */
    public static Pager of(ResultPage<?> result, UriBuilder base) {
        return new Pager(result.page(), result.pages(), result.total(), result.firstNumber(),
                result.hasPrevious() ? href(base, result.previous()) : null,
                result.hasNext() ? href(base, result.page() + 1) : null);
    }

    /**
     * 200 with the page's rows as a JSON array (what clients of the unpaged lists read), the size of the whole list
     * in X-Total-Count and the neighbouring pages in a Link header (rel="prev", rel="next").
     */
    public static Response response(ResultPage<?> result, UriInfo uri) {
        Pager pager = of(result, uri);
        Response.ResponseBuilder answer = Response.ok(result.rows()).header("X-Total-Count", result.total());
        List<String> links = new ArrayList<>();
        if (pager.previousHref != null) {
            links.add("<" + pager.previousHref + ">; rel=\"prev\"");
        }
        if (pager.nextHref != null) {
            links.add("<" + pager.nextHref + ">; rel=\"next\"");
        }
        return links.isEmpty() ? answer.build() : answer.header("Link", String.join(", ", links)).build();
    }

    /** The row number (STT) of the row at {@code index} on this page. */
    public long number(int index) {
        return firstNumber + index;
    }

    /** The request's own path and query with another page number (relative, so it holds behind a proxy); a notice is not repeated. */
    private static String href(UriBuilder base, int page) {
        URI target = base.clone().replaceQueryParam("page", page).replaceQueryParam("notice").build();
        return target.getRawQuery() == null ? target.getRawPath() : target.getRawPath() + "?" + target.getRawQuery();
    }
}
