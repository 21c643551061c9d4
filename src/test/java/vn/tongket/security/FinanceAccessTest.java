package vn.tongket.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The finance department (FINANCE) reads and edits the budget estimate and nothing else; the organiser keeps it too. */
@QuarkusTest
class FinanceAccessTest {

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
                .body(containsString("id=\"budget-form\""), containsString("id=\"budget-head-form\""));
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

    @Test
    void financeHomeListsTheBudgetsAndTheNavigationOffersNothingElse() {
        long c = Api.createConference("Hội nghị có dự toán", false);
        Api.page(Api.FINANCE).get("/").then().statusCode(200)
                .body(containsString("/conferences/" + c + "/budget"), not(containsString("href=\"/nominations\"")),
                        not(containsString("href=\"/conferences\"")));
        Api.as(Api.FINANCE).get("/api/me").then().statusCode(200);
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
