package vn.tongket.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import vn.tongket.support.Api;
import vn.tongket.support.OpenApi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The finance department (FINANCE) reads and edits the budget estimate and nothing else; the organiser keeps it too. */
@QuarkusTest
class FinanceAccessTest {

    /** A delegate's or a unit's personal link answers whoever holds it, signed in or not. */
    private static final List<String> PERSONAL_LINKS = List.of("/login", "/logout", "/rsvp/", "/presentation/", "/documents/");

    private static final String LINE = """
            {"category": "HALL", "description": "Thuê hội trường", "quantity": 1, "unit": "buổi", "unitPrice": 5000000}""";

    @Test
    void financeReadsAndEditsTheBudgetInTheApiAndOnThePage() {
        long c = Api.createConference("Dự toán của Sở Tài chính", false);
        Api.as(Api.FINANCE).get("/api/conferences/" + c + "/budget").then().statusCode(200);
        Api.as(Api.FINANCE).body(LINE).post("/api/conferences/" + c + "/budget/lines").then().statusCode(201);
        long line = Api.as(Api.FINANCE).get("/api/conferences/" + c + "/budget").then().statusCode(200)
                .extract().jsonPath().getLong("lines[0].id");
        Api.as(Api.FINANCE).body(LINE.replace("5000000", "4500000")).put("/api/conferences/" + c + "/budget/lines/" + line)
                .then().statusCode(200);
        Api.as(Api.FINANCE).accept("application/pdf").get("/api/conferences/" + c + "/budget/estimate.pdf").then().statusCode(200);
        Api.page(Api.FINANCE).get("/conferences/" + c + "/budget").then().statusCode(200)
                .body(containsString("id=\"budget-form\""), containsString("id=\"budget-head-form\""),
                        not(containsString("href=\"/conferences\"")), not(containsString("href=\"/conferences/" + c + "\"")));
        Api.page(Api.FINANCE).get("/conferences/" + c + "/budget/estimate.pdf").then().statusCode(200);
        Api.as(Api.FINANCE).delete("/api/conferences/" + c + "/budget/lines/" + line).then().statusCode(200);
    }

    @Test
    void financeIsRefusedEverywhereElse() {
        long c = Api.createConference("Ngoài dự toán", false);
        for (String path : List.of("/api/conferences", "/api/conferences/" + c, "/api/conferences/" + c + "/delegates",
                "/api/conferences/" + c + "/nominations", "/api/conferences/" + c + "/outline", "/api/users",
                "/api/organizations")) {
            assertEquals(403, Api.as(Api.FINANCE).get(path).then().extract().statusCode(), path);
        }
        for (String path : List.of("/conferences", "/conferences/" + c, "/conferences/" + c + "/delegates",
                "/conferences/" + c + "/documents", "/nominations", "/admin/users")) {
            assertEquals(403, Api.page(Api.FINANCE).redirects().follow(false).get(path).then().extract().statusCode(), path);
        }
        Api.as(Api.FINANCE).body(LINE.replace("HALL", "OTHER")).post("/api/conferences/" + c + "/agenda").then()
                .statusCode(403);
    }

    /** Every GET the OpenAPI document lists, outside the budget, "who am I" and the public links: 403 for finance. */
    @Test
    void everyOtherDocumentedReadIsRefusedToFinance() {
        Map<String, String> cookies = Api.sessionCookies(Api.FINANCE);
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (OpenApi.Operation op : OpenApi.load().operations()) {
            String path = op.path().replaceAll("\\{[^}]+}", "999999");
            if (!op.method().equals("GET") || op.isPublic() || path.contains("/budget") || path.equals("/api/me")
                    || path.equals("/") || PERSONAL_LINKS.stream().anyMatch(path::startsWith)) {
                continue;
            }
            RequestSpecification spec = op.isApi() ? Api.as(Api.FINANCE) : RestAssured.given().cookies(cookies);
            int status = spec.redirects().follow(false).get(path).then().extract().statusCode();
            checks++;
            if (status != 403) {
                failures.add(op + " -> " + status);
            }
        }
        assertTrue(checks > 20 && failures.isEmpty(), checks + " checks, failures:\n" + String.join("\n", failures));
    }

    @Test
    void financeHomeListsTheBudgetsAndTheNavigationOffersNothingElse() {
        long c = Api.createConference("Hội nghị có dự toán", false);
        Api.page(Api.FINANCE).get("/").then().statusCode(200)
                .body(containsString("/conferences/" + c + "/budget"), not(containsString("href=\"/nominations\"")),
                        not(containsString("href=\"/conferences\"")));
        Api.as(Api.FINANCE).get("/api/me").then().statusCode(200);
    }

    @Test
    void theUsersPageOffersTheFinanceRole() {
        Api.page(Api.ADMIN).get("/admin/users").then().statusCode(200)
                .body(containsString("value=\"FINANCE\""), containsString("Sở Tài chính"));
        Api.as(Api.ADMIN).body("""
                {"username": "ketoan.stc", "fullName": "Kế toán Sở Tài chính", "password": "mat-khau-du-dai",
                 "roles": ["FINANCE"]}""").post("/api/users").then().statusCode(201);
    }

    @Test
    void otherRolesKeepTheirReachAndOnlyEditorsChangeTheBudget() {
        long c = Api.createConference("Quyền dự toán", false);
        Api.as(Api.ORGANIZER).body(LINE).post("/api/conferences/" + c + "/budget/lines").then().statusCode(201);
        Api.as(Api.ADMIN).body(LINE).post("/api/conferences/" + c + "/budget/lines").then().statusCode(201);
        Api.as(Api.REVIEWER).body(LINE).post("/api/conferences/" + c + "/budget/lines").then().statusCode(403);
        Api.as(Api.APPROVER).body(LINE).post("/api/conferences/" + c + "/budget/lines").then().statusCode(403);
        Api.as(Api.REVIEWER).get("/api/conferences/" + c + "/budget").then().statusCode(200);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + c).then().statusCode(200);
        Api.page(Api.ORGANIZER).get("/conferences/" + c).then().statusCode(200);
    }
}
