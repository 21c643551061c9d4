package vn.tongket.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tongket.delegate.DelegateCategory;
import vn.tongket.delegate.DelegateRequest;
import vn.tongket.delegate.DelegateService;
import vn.tongket.support.Api;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long lists come one page at a time (issue 6): 250 delegates answer 100 per page by default, with X-Total-Count and
 * Link headers on the API and "Trang 2/3" with numbering that goes on across pages on the conference page.
 */
@QuarkusTest
class PagedListsTest {

    static final int DELEGATES = 250;
    static final int GUESTS_FROM = 201;

    @Inject
    DelegateService delegates;

    long conference;

    /** Delegates 1..250 in protocol order; 201..250 are guests (they lead the introduction list), the rest participants. */
    @BeforeEach
    void arrange() {
        conference = Api.createConference("Hội nghị toàn quốc phân trang", false);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= DELEGATES; i++) {
                delegates.add(conference, new DelegateRequest(name(i), "Chỉ huy trưởng", "Ban CHQS huyện " + (i % 7),
                        "daibieu" + i + "@example.vn", null,
                        i >= GUESTS_FROM ? DelegateCategory.GUEST : DelegateCategory.PARTICIPANT, i * 10));
            }
        });
    }

    @Test
    void delegateApiAnswersOnePageWithTotalAndLinks() {
        String path = "/api/conferences/" + conference + "/delegates";
        Response first = Api.as(Api.REVIEWER).get(path).then().statusCode(200).extract().response();
        assertEquals(100, first.jsonPath().getList("$").size());
        assertEquals(name(1), first.jsonPath().getString("[0].fullName"));
        assertEquals(name(100), first.jsonPath().getString("[99].fullName"));
        assertEquals("250", first.header("X-Total-Count"));
        assertEquals(path + "?page=2", link(first, "next"));
        assertNull(link(first, "prev"));

        Response third = Api.as(Api.REVIEWER).queryParam("page", 3).get(path).then().statusCode(200).extract().response();
        assertEquals(50, third.jsonPath().getList("$").size());
        assertEquals(name(201), third.jsonPath().getString("[0].fullName"));
        assertEquals(path + "?page=2", link(third, "prev"));
        assertNull(link(third, "next"));

        Response whole = Api.as(Api.REVIEWER).queryParam("size", 500).get(path).then().statusCode(200).extract().response();
        assertEquals(DELEGATES, whole.jsonPath().getList("$").size());
        assertNull(whole.header("Link"));

        Response beyond = Api.as(Api.REVIEWER).queryParam("page", 9).get(path).then().statusCode(200).extract().response();
        assertEquals(0, beyond.jsonPath().getList("$").size());
        assertEquals("250", beyond.header("X-Total-Count"));
    }

    @Test
    void linksKeepTheFilterAndTheSize() {
        String path = "/api/conferences/" + conference + "/delegates";
        Response guests = Api.as(Api.ORGANIZER).queryParam("category", "GUEST").queryParam("size", 20).queryParam("page", 2)
                .get(path).then().statusCode(200).extract().response();
        assertEquals("50", guests.header("X-Total-Count"));
        assertEquals(List.of(name(221), name(240)), List.of(guests.jsonPath().getString("[0].fullName"),
                guests.jsonPath().getString("[19].fullName")));
        String next = link(guests, "next");
        assertTrue(next.startsWith(path + "?") && next.contains("category=GUEST") && next.contains("size=20")
                && next.contains("page=3"), next);
        assertTrue(link(guests, "prev").contains("page=1"), guests.header("Link"));
    }

    @Test
    void introductionApiPutsGuestsFirstAcrossPages() {
        String path = "/api/conferences/" + conference + "/delegates/introduction";
        Response first = Api.as(Api.REVIEWER).queryParam("size", 60).get(path).then().statusCode(200).extract().response();
        assertEquals("250", first.header("X-Total-Count"));
        assertEquals(name(201), first.jsonPath().getString("[0].fullName"));
        assertEquals(name(250), first.jsonPath().getString("[49].fullName"));
        assertEquals(name(1), first.jsonPath().getString("[50].fullName"));
        Response second = Api.as(Api.REVIEWER).queryParam("size", 60).queryParam("page", 2).get(path).then()
                .statusCode(200).extract().response();
        assertEquals(name(11), second.jsonPath().getString("[0].fullName"));
    }

    @Test
    void outOfRangeOrUnreadablePagingIsRefusedNamingTheParameter() {
        String path = "/api/conferences/" + conference + "/delegates";
        for (String[] bad : new String[][]{{"size", "0"}, {"size", "501"}, {"size", "-3"}, {"page", "0"},
                {"page", "abc"}, {"size", "1e3"}, {"page", "1000001"}, {"page", "99999999999"}}) {
            Response r = Api.as(Api.REVIEWER).queryParam(bad[0], bad[1]).get(path).then().extract().response();
            assertEquals(400, r.statusCode(), bad[0] + "=" + bad[1]);
            assertEquals(bad[0], r.jsonPath().getString("violations[0].field"), r.asString());
            assertTrue(r.jsonPath().getString("detail").contains("Tham số \"" + bad[0] + "\""), r.asString());
        }
        Response english = Api.as(Api.REVIEWER).header("Accept-Language", "en").queryParam("size", "501").get(path)
                .then().statusCode(400).extract().response();
        assertTrue(english.jsonPath().getString("detail").contains("from 1 to 500"), english.asString());
        Api.page(Api.REVIEWER).get("/conferences/" + conference + "?page=abc").then().statusCode(400);
    }

    @Test
    void invitationsAndNominationsApiArePagedToo() {
        Api.as(Api.ORGANIZER).post("/api/conferences/" + conference + "/invitations").then().statusCode(201);
        Response invitations = Api.as(Api.REVIEWER).queryParam("page", 3)
                .get("/api/conferences/" + conference + "/invitations").then().statusCode(200).extract().response();
        assertEquals("250", invitations.header("X-Total-Count"));
        assertEquals(50, invitations.jsonPath().getList("$").size());
        List<Integer> numbers = invitations.jsonPath().getList("number", Integer.class);
        assertEquals(numbers.stream().sorted().toList(), numbers, "number order");
        assertTrue(link(invitations, "prev").contains("page=2"));

        for (String list : List.of("nominations", "nominations/awards")) {
            Response r = Api.as(Api.REVIEWER).queryParam("size", 10).get("/api/conferences/" + conference + "/" + list)
                    .then().statusCode(200).extract().response();
            assertEquals("0", r.header("X-Total-Count"), list);
            assertTrue(r.jsonPath().getList("$").isEmpty(), list);
            Api.as(Api.REVIEWER).queryParam("size", 501).get("/api/conferences/" + conference + "/" + list)
                    .then().statusCode(400);
        }
    }

    @Test
    void conferencePageShowsOnePageNumberedOnFromThePagesBefore() {
        String html = Api.page(Api.ORGANIZER).queryParam("page", 2).get("/conferences/" + conference).then()
                .statusCode(200).extract().asString();
        List<String> rows = rows(html);
        assertEquals(100, rows.size());
        assertTrue(rows.get(0).contains("<td class=\"row-no\">101</td>") && rows.get(0).contains(name(101)), rows.get(0));
        assertTrue(rows.get(99).contains("<td class=\"row-no\">200</td>") && rows.get(99).contains(name(200)), rows.get(99));
        assertFalse(html.contains(name(100) + "<"), "page 1 rows are not on page 2");
        assertTrue(html.contains("Trang 2/3"), "position");
        assertTrue(html.contains("Tổng số: 250"), "total");
        assertTrue(html.contains("(250)"), "heading counts the whole list");
        assertTrue(html.contains("rel=\"prev\" href=\"/conferences/" + conference + "?page=1\""), "previous link");
        assertTrue(html.contains("rel=\"next\" href=\"/conferences/" + conference + "?page=3\""), "next link");
        assertTrue(html.contains("Trang trước") && html.contains("Trang sau"));

        String guests = Api.page(Api.ORGANIZER).queryParam("category", "GUEST").queryParam("size", 20)
                .get("/conferences/" + conference).then().statusCode(200).extract().asString();
        assertEquals(20, rows(guests).size());
        assertTrue(guests.contains("Trang 1/3") && guests.contains("Tổng số: 50"), "filtered total");
        Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(guests);
        assertTrue(next.find());
        String href = next.group(1).replace("&amp;", "&");
        assertTrue(href.contains("category=GUEST") && href.contains("size=20") && href.contains("page=2"), href);
    }

    @Test
    void introductionPageContinuesEachSectionsNumbering() {
        String html = Api.page(Api.REVIEWER).queryParam("page", 2).queryParam("size", 40)
                .get("/conferences/" + conference + "/introduction").then().statusCode(200).extract().asString();
        // rows 41..80 of the introduction order: guests 41..50 (delegates 241..250), then participants 1..30
        assertTrue(html.contains("<h2>I. ") && html.contains("<h2>II. "), "Roman numerals of the whole list");
        assertTrue(html.contains("<ol start=\"41\">"), "guests go on at 41");
        assertTrue(html.contains("<ol start=\"1\">"), "participants start at 1");
        assertTrue(html.contains(name(241)) && html.contains(name(30)) && !html.contains(name(31) + "<"), "the page's rows");
        assertTrue(html.contains("Trang 2/7"), "position");
    }

    @Test
    void nominationBoardPagesRowsButCountsWholeStates() {
        for (int i = 1; i <= 5; i++) {
            Api.as(Api.ORGANIZER).body("""
                    {"kind": "INDIVIDUAL", "nomineeName": "Cá nhân số %d", "position": "Chỉ huy trưởng",
                     "organization": "Ban CHQS huyện Lục Nam", "grassroots": true, "achievements": "Hoàn thành xuất sắc"}
                    """.formatted(i)).post("/api/conferences/" + conference + "/nominations").then().statusCode(201);
        }
        String first = Api.page(Api.ORGANIZER).queryParam("size", 2).get("/conferences/" + conference + "/nominations")
                .then().statusCode(200).extract().asString();
        assertTrue(first.contains("Trang 1/3") && first.contains("Tổng số: 5"), "position and total");
        assertTrue(Pattern.compile("data-status=\"DRAFT\">[^<]*\\(5\\)</h3>").matcher(first).find(),
                "the heading counts the whole state");
        assertTrue(first.contains("Cá nhân số 1<") && first.contains("Cá nhân số 2<") && !first.contains("Cá nhân số 3<"));
        String last = Api.page(Api.ORGANIZER).queryParam("size", 2).queryParam("page", 3)
                .get("/conferences/" + conference + "/nominations").then().statusCode(200).extract().asString();
        assertTrue(last.contains("Cá nhân số 5<") && !last.contains("Cá nhân số 4<") && last.contains("Trang 3/3"));
        Response api = Api.as(Api.REVIEWER).queryParam("size", 2).queryParam("page", 2)
                .get("/api/conferences/" + conference + "/nominations").then().statusCode(200).extract().response();
        assertEquals("5", api.header("X-Total-Count"));
        assertEquals(List.of("Cá nhân số 3", "Cá nhân số 4"), api.jsonPath().getList("nomineeName", String.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void openApiDeclaresTheParametersAndHeaders() {
        io.restassured.path.json.JsonPath doc = io.restassured.RestAssured.given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("/api/conferences/{conferenceId}/delegates", "/api/conferences/{id}/invitations",
                "/api/conferences/{id}/nominations/awards")) {
            Map<String, Object> get = doc.getMap("paths.'" + path + "'.get");
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) get.get("parameters");
            for (String name : List.of("page", "size")) {
                Map<String, Object> parameter = parameters.stream().filter(p -> name.equals(p.get("name"))).findFirst()
                        .orElseThrow(() -> new AssertionError(path + " lacks " + name));
                assertEquals("query", parameter.get("in"));
                assertEquals("integer", String.valueOf(((Map<?, ?>) parameter.get("schema")).get("type")), path);
            }
            Map<?, ?> ok = (Map<?, ?>) ((Map<?, ?>) get.get("responses")).get("200");
            Map<?, ?> headers = (Map<?, ?>) ok.get("headers");
            assertTrue(headers != null && headers.containsKey("X-Total-Count") && headers.containsKey("Link"), path + ": " + ok);
            assertEquals("array", String.valueOf(((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ok.get("content"))
                    .get("application/json")).get("schema")).get("type")), path);
        }
    }

    private static String name(int i) {
        return "Đại biểu số %03d".formatted(i);
    }

    private static List<String> rows(String html) {
        String table = html.substring(html.indexOf("<tbody>", html.indexOf("id=\"delegate-table\"")));
        table = table.substring(0, table.indexOf("</tbody>"));
        return Pattern.compile("<tr data-id=.*?</tr>", Pattern.DOTALL).matcher(table).results()
                .map(m -> m.group()).toList();
    }

    /** The target of the Link header's relation {@code rel}, or null. */
    private static String link(Response r, String rel) {
        String header = r.header("Link");
        if (header == null) {
            return null;
        }
        Matcher m = Pattern.compile("<([^>]+)>; rel=\"" + rel + "\"").matcher(header);
        return m.find() ? m.group(1) : null;
    }
}
