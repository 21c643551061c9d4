package vn.tongket.signature;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Without a keystore and outside demo mode, documents stay as they were (unsigned) and the pages say so. */
@QuarkusTest
@TestProfile(UnsignedCopiesTest.NoKeystore.class)
class UnsignedCopiesTest {

    public static class NoKeystore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tongket.demo", "false", "tongket.admin-password", "QuanTri2024x");
        }
    }

    private static io.restassured.specification.RequestSpecification as(String user, String password) {
        return RestAssured.given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    @Test
    void aDecisionIsAnUnsignedCopyAndThePagesSaySo() throws Exception {
        as("admin", "QuanTri2024x").body("""
                {"username": "vanthu", "fullName": "Văn thư", "password": "mat-khau-van-thu-1",
                 "roles": ["ORGANIZER", "REVIEWER", "APPROVER"]}""").post("/api/users").then().statusCode(201);
        var clerk = (java.util.function.Supplier<io.restassured.specification.RequestSpecification>)
                () -> as("vanthu", "mat-khau-van-thu-1");
        long conf = clerk.get().body("""
                {"title": "Hội nghị không ký số", "reviewYear": 2023, "startsAt": "2023-12-08T07:30",
                 "endsAt": "2023-12-08T11:30", "venue": {"name": "Hội trường", "address": "Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang"}""")
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
        long nomination = clerk.get().body("""
                {"kind": "INDIVIDUAL", "nomineeName": "Hoàng Văn Thụ", "position": "Chỉ huy trưởng",
                 "organization": "Xã Tân Mỹ", "grassroots": true, "achievements": "Hoàn thành xuất sắc nhiệm vụ"}""")
                .post("/api/conferences/" + conf + "/nominations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        vn.tongket.support.Councils.carryAs(clerk, nomination);
        clerk.get().post("/api/nominations/" + nomination + "/submit").then().statusCode(200);
        clerk.get().body("{\"decision\": \"APPROVE\", \"note\": null}")
                .post("/api/nominations/" + nomination + "/review").then().statusCode(200);
        long decision = clerk.get().body("{\"number\": \"171/QĐ-UBND\", \"signedOn\": \"2023-12-05\", "
                        + "\"nominationIds\": [" + nomination + "]}")
                .post("/api/conferences/" + conf + "/decisions").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        var login = vn.tongket.support.Api.loginForm("vanthu", "mat-khau-van-thu-1").post("/j_security_check");
        login.then().statusCode(302);
        var session = Map.of("tongket-session", login.cookie("tongket-session"),
                "tongket-session-start", login.cookie("tongket-session-start"));
        RestAssured.given().cookies(session).get("/conferences/" + conf + "/nominations/decision").then()
                .statusCode(200).body(containsString("Bản sao không có chữ ký số"));
        byte[] pdf = RestAssured.given().cookies(session)
                .get("/conferences/" + conf + "/nominations/documents/decisions/" + decision + ".pdf").then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(0, doc.getSignatureDictionaries().size());
        }
        RestAssured.given().contentType("application/pdf").body(pdf).post("/api/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("reason", containsString("không có chữ ký số"));
        RestAssured.get("/verify").then().statusCode(200).body(containsString("Bản sao không có chữ ký số"));
    }
}
