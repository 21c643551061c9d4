package vn.tongket.support;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

/**
 * A signed-in user posting a page form as the browser does: the CSRF cookie and token taken from the page that
 * carries the form, redirects not followed so that a test sees the POST-redirect-GET.
 */
public final class PageForms {

    private final Map<String, String> session;

    private PageForms(Map<String, String> session) {
        this.session = session;
    }

    public static PageForms as(String username) {
        return new PageForms(Api.sessionCookies(username));
    }

    /** A GET of a page as this user. */
    public Response get(String path) {
        return RestAssured.given().cookies(session).redirects().follow(false).get(path);
    }

    /** Opens {@code formPage} for its CSRF token, then posts the form to {@code action}. */
    public Response post(String formPage, String action, Map<String, String> fields) {
        Response page = get(formPage);
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        RequestSpecification request = RestAssured.given().cookies(session).cookie("csrf-token", page.cookie("csrf-token"))
                .redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token);
        fields.forEach(request::formParam);
        return request.post(action);
    }
}
