package vn.tongket.delegate;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.tongket.support.Api.ADMIN;
import static vn.tongket.support.Api.as;

/** Organisations carry level, grassroots flag, parent and successor (the 2025 two-tier reorganisation). */
@QuarkusTest
class OrganizationApiTest {

    @Test
    void districtMergedAwayPointsToItsSuccessor() {
        as(ADMIN).body("""
                {"name": "Ban CHQS huyện Yên Thế (cũ)", "level": "DISTRICT", "grassroots": false, "precedence": 300,
                 "parent": "Bộ CHQS tỉnh Bắc Giang (cũ)", "successor": "Bộ CHQS tỉnh Bắc Ninh"}""")
                .post("/api/organizations").then().statusCode(200)
                .body("level", equalTo("DISTRICT"))
                .body("parentId", notNullValue())
                .body("successorId", notNullValue());
        as(ADMIN).body("""
                {"name": "Xã Đồng Kỳ", "level": "COMMUNE", "grassroots": true}""")
                .post("/api/organizations").then().statusCode(200)
                .body("grassroots", equalTo(true)).body("successorId", equalTo(null));
    }

    @Test
    void organisationCannotSucceedItself() {
        as(ADMIN).body("""
                {"name": "Xã Vòng tròn", "level": "COMMUNE", "grassroots": true, "successor": "Xã Vòng tròn"}""")
                .post("/api/organizations").then().statusCode(400)
                .body("violations[0].field", equalTo("successor"));
    }

    @Test
    void missingLevelIsRefused() {
        as(ADMIN).body("{\"name\": \"Không cấp\"}").post("/api/organizations").then().statusCode(400)
                .body("violations[0].field", equalTo("level"));
    }
}
