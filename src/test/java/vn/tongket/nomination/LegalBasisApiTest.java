package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The legal texts as data an administrator keeps (/api/legal-bases): the decision cites those in force on its date. */
@QuarkusTest
class LegalBasisApiTest {

    private static String text(String number, String issued, String from, String until) {
        return """
                {"title": "Nghị định thử nghiệm", "number": "%s", "issuedOn": "%s",
                 "subject": "của Chính phủ quy định thử nghiệm", "effectiveFrom": "%s", "effectiveUntil": %s,
                 "source": "https://vanban.example/%s", "confirmed": false, "sortOrder": 40}
                """.formatted(number, issued, from, until == null ? "null" : "\"" + until + "\"", number);
    }

    @Test
    void anAdministratorAddsCorrectsEndsAndDeletesAText() {
        long id = Api.as(Api.ADMIN).body(text("901/2030/NĐ-CP", "2030-02-01", "2030-03-01", null))
                .post("/api/legal-bases").then().statusCode(201)
                .body("citation", equalTo("Nghị định thử nghiệm ngày 01 tháng 02 năm 2030 của Chính phủ quy định thử nghiệm"))
                .body("confirmed", equalTo(false))
                .extract().jsonPath().getLong("id");
        Api.as(Api.REVIEWER).get("/api/legal-bases?on=2030-06-01").then().statusCode(200)
                .body("number", hasItem("901/2030/NĐ-CP"));

        // Ended: its last day in force is 31/05/2030.
        Api.as(Api.ADMIN).body(text("901/2030/NĐ-CP", "2030-02-01", "2030-03-01", "2030-05-31"))
                .put("/api/legal-bases/" + id).then().statusCode(200).body("effectiveUntil", equalTo("2030-05-31"));
        Api.as(Api.REVIEWER).get("/api/legal-bases?on=2030-05-31").then().body("number", hasItem("901/2030/NĐ-CP"));
        Api.as(Api.REVIEWER).get("/api/legal-bases?on=2030-06-01").then().body("number", not(hasItem("901/2030/NĐ-CP")));

        Api.as(Api.ADMIN).delete("/api/legal-bases/" + id).then().statusCode(204);
        Api.as(Api.ADMIN).get("/api/legal-bases/" + id).then().statusCode(404);
    }

    @Test
    void aTextWithoutTitleOrWithDatesOutOfOrderIsRefusedNamingTheField() {
        Api.as(Api.ADMIN).header("Accept-Language", "en")
                .body(text("902/2030/NĐ-CP", "2030-02-01", "2030-03-01", null).replace("\"Nghị định thử nghiệm\"", "\"\""))
                .post("/api/legal-bases").then().statusCode(400).body("violations[0].field", equalTo("title"));
        Api.as(Api.ADMIN).header("Accept-Language", "en")
                .body(text("902/2030/NĐ-CP", "2030-02-01", "2030-03-01", "2030-02-28"))
                .post("/api/legal-bases").then().statusCode(400).body("violations[0].field", equalTo("effectiveUntil"))
                .body("detail", equalTo("The last day in force cannot be before the day it takes effect."));
        Api.as(Api.ADMIN).body(text("902/2030/NĐ-CP", "2030-02-01", "2030-01-01", null))
                .post("/api/legal-bases").then().statusCode(400).body("violations[0].field", equalTo("effectiveFrom"));
        Api.as(Api.ADMIN).body(text("902/2030/NĐ-CP", "2030-02-01", "2030-13-01", null))
                .post("/api/legal-bases").then().statusCode(400);
        Api.as(Api.ADMIN).get("/api/legal-bases").then().body("number", not(hasItem("902/2030/NĐ-CP")));
    }

    @Test
    void aNumberAlreadyThereIsAConflict() {
        Api.as(Api.ADMIN).body(text("98/2023/NĐ-CP", "2023-12-31", "2024-01-01", null))
                .post("/api/legal-bases").then().statusCode(409);
    }

    @Test
    void onlyAnAdministratorChangesTheTexts() {
        for (String user : List.of(Api.ORGANIZER, Api.REVIEWER, Api.APPROVER)) {
            Api.as(user).body(text("903/2030/NĐ-CP", "2030-02-01", "2030-03-01", null))
                    .post("/api/legal-bases").then().statusCode(403);
        }
        long any = Api.as(Api.REVIEWER).get("/api/legal-bases").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        Api.as(Api.ORGANIZER).body(text("903/2030/NĐ-CP", "2030-02-01", "2030-03-01", null))
                .put("/api/legal-bases/" + any).then().statusCode(403);
        Api.as(Api.ORGANIZER).delete("/api/legal-bases/" + any).then().statusCode(403);
        Api.anonymous().get("/api/legal-bases").then().statusCode(401);
    }

    @Test
    void theSeededTextsSayWhichWereConfirmed() {
        List<java.util.Map<String, Object>> all = Api.as(Api.REVIEWER).get("/api/legal-bases").then().statusCode(200)
                .extract().jsonPath().getList("$");
        java.util.Map<String, Object> local = all.stream().filter(b -> "72/2025/QH15".equals(b.get("number")))
                .findFirst().orElseThrow();
        assertEquals("2025-06-16", local.get("effectiveFrom"), "in force from the day it was passed");
        assertEquals(true, local.get("confirmed"));
        assertTrue(all.stream().anyMatch(b -> Boolean.FALSE.equals(b.get("confirmed"))
                && ((String) b.get("source")).contains("chưa xác nhận")));
    }
}
