package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Recording a decision cannot be undone: the page states how many nominations it covers and needs a ticked box. */
@QuarkusTest
class DecisionConfirmationTest {

    @Test
    void aDecisionWithoutTheTickedBoxIsRefusedAndRecordsNothing() {
        long conf = Api.createConference("Hội nghị quyết định có xác nhận", true);
        long first = Nominations.approved(conf, "INDIVIDUAL", "Hoàng Văn Thụ", "Xã Tân Mỹ");
        long second = Nominations.approved(conf, "INDIVIDUAL", "Lương Văn Can", "Xã Đông Sơn");
        PageForms approver = PageForms.as(Api.APPROVER);
        String page = "/conferences/" + conf + "/nominations/decision";

        approver.get(page).then().statusCode(200)
                .body(containsString("id=\"decision-confirm\""))
                .body(containsString("(2 đề nghị đã duyệt đang chờ)"));
        Map<String, String> fields = Map.of("number", "201/QĐ-UBND", "signedOn", "2023-12-05",
                "ids", String.valueOf(first));
        approver.post(page, page, fields).then().statusCode(400)
                .body(containsString("Hãy đánh dấu ô xác nhận: quyết định sẽ ghi khen thưởng cho 1 đề nghị"));
        assertEquals("APPROVED", Nominations.status(first));

        Map<String, String> confirmed = new java.util.HashMap<>(fields);
        confirmed.put("confirm", "yes");
        approver.post(page, page, confirmed).then().statusCode(org.hamcrest.Matchers.oneOf(200, 303));
        assertEquals("DECIDED", Nominations.status(first));
        assertEquals("APPROVED", Nominations.status(second));
    }
}
