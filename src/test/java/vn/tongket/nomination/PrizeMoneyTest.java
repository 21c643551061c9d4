package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.math.BigDecimal;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Prize money on either side of 01/07/2024 (base salary) and 01/07/2025 (coefficient), rounded up to 10,000 VND. */
@QuarkusTest
class PrizeMoneyTest {

    @Test
    void amountsFollowTheRatesInForceOnTheDecisionDate() {
        amounts("2023-07-01", 1_800_000, 3_600_000);
        amounts("2024-06-30", 1_800_000, 3_600_000);
        amounts("2024-07-01", 2_340_000, 4_680_000);
        amounts("2025-06-30", 2_340_000, 4_680_000);
        amounts("2025-07-01", 3_510_000, 7_020_000);
        amounts("2026-07-01", 3_800_000, 7_600_000);
        Api.as(Api.REVIEWER).get("/api/prize-rates/amounts?on=2023-06-30").then().statusCode(409);
    }

    @Test
    void decisionsOnEitherSideOfTheChangeDatesCarryTheRightAmountsAndTotal() {
        long conf = Api.createConference("Hội nghị tiền thưởng", false);
        decide(conf, "10/QĐ-UBND", "2024-06-30", 1_800_000, 3_600_000);
        decide(conf, "11/QĐ-UBND", "2024-07-01", 2_340_000, 4_680_000);
        decide(conf, "12/QĐ-UBND", "2025-06-30", 2_340_000, 4_680_000);
        decide(conf, "13/QĐ-UBND", "2025-07-01", 3_510_000, 7_020_000);
    }

    @Test
    void roundingGoesUpToTheNextTenThousandAndKeepsExactMultiples() {
        assertEquals(3_800_000, PrizeMoney.roundUp(new BigDecimal("3795000")));
        assertEquals(1_800_000, PrizeMoney.roundUp(new BigDecimal("1800000")));
        assertEquals(10_000, PrizeMoney.roundUp(new BigDecimal("0.5")));
        assertEquals("1.800.000 đồng", PrizeMoney.vnd(1_800_000L));
        assertEquals("12.345.670 đồng", PrizeMoney.vnd(12_345_670L));
    }

    @Test
    void anAdministratorCorrectsARateAndTheAmountsFollow() {
        int id = Api.as(Api.ADMIN).body("""
                {"name": "BASE_SALARY", "effectiveFrom": "2031-01-01", "value": 3000000, "note": "thử"}""")
                .post("/api/prize-rates").then().statusCode(201).extract().path("id");
        amounts("2031-01-02", 4_500_000, 9_000_000);
        Api.as(Api.ADMIN).body("""
                {"name": "BASE_SALARY", "effectiveFrom": "2031-01-01", "value": 3100001}""")
                .put("/api/prize-rates/" + id).then().statusCode(200).body("value", equalTo(3100001));
        amounts("2031-01-02", 4_660_000, 9_320_000);
        Api.as(Api.ADMIN).body("""
                {"name": "BASE_SALARY", "effectiveFrom": "2031-01-01", "value": 0}""")
                .put("/api/prize-rates/" + id).then().statusCode(400);
        Api.as(Api.ADMIN).body("""
                {"name": "BASE_SALARY", "effectiveFrom": "2026-07-01", "value": 1}""")
                .put("/api/prize-rates/" + id).then().statusCode(409);
        Api.as(Api.ADMIN).body("""
                {"name": "BASE_SALARY", "effectiveFrom": "2031-01-01", "value": 3000000}""")
                .put("/api/prize-rates/" + id).then().statusCode(200);
    }

    private static void amounts(String on, long individual, long collective) {
        Api.as(Api.REVIEWER).get("/api/prize-rates/amounts?on=" + on).then().statusCode(200)
                .body("individual", equalTo((int) individual)).body("collective", equalTo((int) collective));
    }

    private static void decide(long conf, String number, String signedOn, long individual, long collective) {
        long person = Nominations.approved(conf, "INDIVIDUAL", "Cá Nhân " + number, "Xã Tân Mỹ");
        long unit = Nominations.approved(conf, "COLLECTIVE", "Tập Thể " + number, "Xã Đông Sơn");
        Api.as(Api.APPROVER).body("{\"number\": \"%s\", \"signedOn\": \"%s\", \"nominationIds\": [%d, %d]}"
                        .formatted(number, signedOn, person, unit)).post("/api/conferences/" + conf + "/decisions").then()
                .statusCode(201)
                .body("nominations.find { it.kind == 'INDIVIDUAL' }.prizeAmount", equalTo((int) individual))
                .body("nominations.find { it.kind == 'COLLECTIVE' }.prizeAmount", equalTo((int) collective))
                .body("total", equalTo((int) (individual + collective)));
    }
}
