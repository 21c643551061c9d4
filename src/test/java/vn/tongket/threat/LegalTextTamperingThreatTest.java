package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tampering with the legal texts and rates a decision cites: only the ADMIN role writes them, by API or page. */
@QuarkusTest
class LegalTextTamperingThreatTest {

    private static final String TEXT = """
            {"title": "Nghị định giả mạo", "number": "666/2030/NĐ-CP", "issuedOn": "2030-01-01",
             "effectiveFrom": "2030-01-01", "source": "giả mạo", "confirmed": true}
            """;

    @Test
    void noOtherRoleChangesALegalTextOrARate() {
        long any = Api.as(Api.REVIEWER).get("/api/legal-bases").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
        long rate = Api.as(Api.REVIEWER).get("/api/prize-rates").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
        for (String user : List.of(Api.ORGANIZER, Api.REVIEWER, Api.APPROVER)) {
            Api.as(user).body(TEXT).post("/api/legal-bases").then().statusCode(403);
            Api.as(user).body(TEXT).put("/api/legal-bases/" + any).then().statusCode(403);
            Api.as(user).delete("/api/legal-bases/" + any).then().statusCode(403);
            Api.as(user).body("""
                    {"name": "BASE_SALARY", "effectiveFrom": "2030-01-01", "value": 1, "source": "giả mạo", "confirmed": true}
                    """).put("/api/prize-rates/" + rate).then().statusCode(403);

            PageForms pages = PageForms.as(user);
            Map<String, String> form = Map.of("title", "Nghị định giả mạo", "number", "666/2030/NĐ-CP",
                    "issuedOn", "2030-01-01", "effectiveFrom", "2030-01-01");
            assertEquals(403, pages.post("/conferences", "/admin/legal-bases", form).statusCode(), user);
            assertEquals(403, pages.post("/conferences", "/admin/legal-bases/" + any + "/edit", form).statusCode(), user);
            assertEquals(403, pages.post("/conferences", "/admin/legal-bases/" + any + "/delete", Map.of()).statusCode(),
                    user);
        }
        Api.as(Api.ADMIN).get("/api/legal-bases").then().body("number", not(hasItem("666/2030/NĐ-CP")));
        Api.as(Api.ADMIN).get("/api/legal-bases/" + any).then().statusCode(200);
    }
}
