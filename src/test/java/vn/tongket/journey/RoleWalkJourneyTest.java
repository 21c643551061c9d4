package vn.tongket.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.demo.DemoData;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import java.time.Year;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Each role walks every page of its day, on a desktop (1366x768) and on a phone (390x844). BrowserTest checks each
 * page with axe-core, fails on a page wider than the phone and photographs it under target/journeys/RoleWalkJourneyTest.
 */
@QuarkusTest
class RoleWalkJourneyTest extends BrowserTest {

    private static final int[][] SIZES = {{1366, 768}, {390, 844}};

    @Test
    void organizerWalksTheConferenceFromAgendaToCheckIn() {
        long id = futureConferenceWithInvitations();
        presentationUploadPath(id);
        long delegate = Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/delegates")
                .then().statusCode(200).extract().jsonPath().getLong("[0].id");
        long agendaItem = Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/agenda")
                .then().statusCode(200).extract().jsonPath().getLong("[0].id");
        long invitation = ((Number) invitations(id).get(0).get("id")).longValue();
        String c = "/conferences/" + id;
        walk(Api.ORGANIZER, c, c + "/edit", c + "/agenda/" + agendaItem + "/edit",
                c + "/delegates/" + delegate + "/edit", c + "/introduction", c + "/invitations",
                c + "/invitations/" + invitation + "/letter", c + "/outbox", c + "/checkin", c + "/outline",
                c + "/budget", c + "/presentations", c + "/documents", c + "/nominations",
                "/conferences/" + seedConference() + "/nominations", "/nominations");
    }

    @Test
    void reviewerWalksTheNominationsToVet() {
        String c = "/conferences/" + seedConference();
        walk(Api.REVIEWER, c, c + "/nominations", c + "/nominations/" + firstNomination(),
                c + "/nominations/review", c + "/nominations/awards", "/nominations");
    }

    @Test
    void approverWalksToTheDecisionAndTheAwards() {
        String c = "/conferences/" + seedConference();
        walk(Api.APPROVER, c, c + "/nominations", c + "/nominations/" + firstNomination(),
                c + "/nominations/decision", c + "/nominations/awards", "/nominations");
    }

    @Test
    void administratorWalksUsersAndPrizeRates() {
        walk(Api.ADMIN, "/conferences/" + seedConference(), "/admin/users", "/admin/prize-rates",
                "/nominations");
    }

    @Test
    void delegatesAndUnitsUseTheirLinksWithoutAnAccount() {
        long id = futureConferenceWithInvitations();
        String token = (String) invitations(id).get(0).get("token");
        String upload = presentationUploadPath(id);
        for (int[] size : SIZES) {
            Page page = newPage(size[0], size[1]);
            for (String path : List.of("/login", "/login?error=true", "/rsvp/" + token, "/documents/" + token, upload)) {
                open(page, path);
            }
        }
    }

    private void walk(String username, String... paths) {
        for (int[] size : SIZES) {
            Page page = newPage(size[0], size[1]);
            signIn(page, username, "demo-" + username); // lands on the conference list
            for (String path : paths) {
                open(page, path);
            }
        }
    }

    private void open(Page page, String path) {
        Response response = page.navigate(url(path));
        assertNotNull(response, path);
        assertEquals(200, response.status(), path + " answered " + response.status());
    }

    private static long futureConferenceWithInvitations() {
        int year = Year.now().getValue() + 1;
        long id = Api.as(Api.ORGANIZER).body("""
                {"title": "Hội nghị đi qua mọi trang", "reviewYear": %d, "startsAt": "%d-12-08T07:30",
                 "endsAt": "%d-12-08T11:30", "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang", "standardAgenda": true}
                """.formatted(year - 1, year, year))
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addDelegate(id, "Trần Hưng Đạo", "dao@example.vn", "GUEST", 1);
        Api.addDelegate(id, "Lý Thường Kiệt", null, "PARTICIPANT", 2);
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations").then().statusCode(lessThan(300));
        // Rows in the preparation pages too, so that their tables and per-row forms are checked, not only empty states
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/outline").then().statusCode(201);
        Api.as(Api.ORGANIZER).body("""
                {"category": "HALL", "description": "Thuê hội trường, âm thanh", "quantity": 1, "unit": "gói",
                 "unitPrice": 5000000}
                """).post("/api/conferences/" + id + "/budget/lines").then().statusCode(201);
        return id;
    }

    /** Asks a unit for a presentation and returns the path of its upload page. */
    private static String presentationUploadPath(long conferenceId) {
        String link = Api.as(Api.ORGANIZER).body("""
                {"organization": "UBND huyện Yên Thế", "email": "thamluan@example.vn",
                 "title": "Xây dựng lực lượng dân quân vững mạnh, rộng khắp", "dueOn": "2027-11-30"}
                """).post("/api/conferences/" + conferenceId + "/presentations").then().statusCode(201)
                .extract().jsonPath().getString("uploadLink");
        return link.substring(link.indexOf("/presentation/"));
    }

    private static List<Map<String, Object>> invitations(long conferenceId) {
        return Api.as(Api.ORGANIZER).get("/api/conferences/" + conferenceId + "/invitations")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static long seedConference() {
        List<Map<String, Object>> all = Api.as(Api.ORGANIZER).get("/api/conferences")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(c -> DemoData.SEED_TITLE.equals(c.get("title")))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static long firstNomination() {
        return Api.as(Api.ORGANIZER).get("/api/conferences/" + seedConference() + "/nominations")
                .then().statusCode(200).extract().jsonPath().getLong("[0].id");
    }
}
