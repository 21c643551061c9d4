package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.tongket.award.Dossiers;
import vn.tongket.support.Api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Threat: the dossier (names, amounts, discipline) read without a role; defence: organiser-side roles only, no public link. */
@QuarkusTest
class DossierExposureThreatTest {

    @Test
    void theDossierAndTheRegistryAnswerOnlyTheOfficesRoles() {
        long conf = Dossiers.conference("Hội nghị hồ sơ không công khai");
        long id = Dossiers.approved(conf, "INDIVIDUAL", "Ẩn Văn Hồ Sơ", "Xã Ẩn");
        Dossiers.decide(conf, "401/QĐ-UBND", id);
        String api = "/api/conferences/" + conf + "/dossier";
        Api.anonymous().get(api).then().statusCode(401);
        Api.anonymous().get(api + "/certificates.pdf").then().statusCode(401);
        Api.anonymous().get("/api/awards").then().statusCode(401);
        RestAssured.given().redirects().follow(false).get("/conferences/" + conf + "/dossier/certificates.pdf")
                .then().statusCode(302).header("Location", containsString("/login"));
        RestAssured.given().redirects().follow(false).get("/awards").then().statusCode(302)
                .header("Location", containsString("/login"));
        Api.as(Api.ORGANIZER).get(api + "/..%2F..%2Fdecisions.pdf").then().statusCode(404)
                .body(not(containsString("Exception")));
        Api.as(Api.REVIEWER).body("{\"proposalNumber\": \"1/TTr\"}").put(api + "/settings").then().statusCode(403);
    }
}
