package vn.tongket.preparation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The budget page's cost line form: money typed the Vietnamese way, a refusal keeps what was typed. */
@QuarkusTest
class BudgetPagesTest {

    private static Map<String, String> line(String description, String quantity, String unitPrice) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("category", "DELEGATE_SUPPORT");
        form.put("description", description);
        form.put("quantity", quantity);
        form.put("unit", "phòng");
        form.put("unitPrice", unitPrice);
        return form;
    }

    @Test
    void anAmountTypedWithDotsIsReadAsWholeDongAndTheBrowserIsRedirected() {
        long c = Api.createConference("Hội nghị dự toán gõ kiểu Việt", false);
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        String page = "/conferences/" + c + "/budget";
        Response added = clerk.post(page, page + "/lines", line("Phòng nghỉ đại biểu", "1.500", "1.800.000"));
        assertEquals(303, added.statusCode(), added.asString());
        long id = Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/budget").then().extract().jsonPath()
                .getLong("lines[0].id");
        assertTrue(added.header("Location").endsWith("/budget?added=" + id + "#line-" + id), added.header("Location"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + c + "/budget").then()
                .body("lines[0].unitPrice", org.hamcrest.Matchers.equalTo(1_800_000))
                .body("lines[0].quantity", org.hamcrest.Matchers.equalTo(1500));

        Document after = Jsoup.parse(clerk.get(page + "?added=" + id).asString());
        assertEquals("Đã thêm khoản chi \"Phòng nghỉ đại biểu\".", after.select("#notice").text());
        String row = after.select("#line-" + id).text();
        assertTrue(row.contains("1.800.000 đồng") && row.contains("1.500 phòng") && row.contains("2.700.000.000 đồng"), row);
        assertTrue(Jsoup.parse(clerk.get(page).asString()).select("#notice").isEmpty(), "the notice is shown once");
    }

    @Test
    void aRefusedLineComesBackAsTypedWithTheMessageByTheField() {
        long c = Api.createConference("Hội nghị dự toán bị trả lại", false);
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        String page = "/conferences/" + c + "/budget";
        Response refused = clerk.post(page, page + "/lines", line("", "hai", "1.800.000"));
        assertEquals(400, refused.statusCode());
        Document form = Jsoup.parse(refused.asString());
        assertEquals("1.800.000", form.select("#budget-unit-price").val());
        assertEquals("hai", form.select("#budget-quantity").val());
        assertEquals("phòng", form.select("#budget-unit").val());
        assertEquals("DELEGATE_SUPPORT", form.select("#budget-category option[selected]").val());

        assertTrue(form.select("#budget-description").hasAttr("autofocus"), "the first wrong field has the focus");
        assertFalse(form.select("#budget-quantity").hasAttr("autofocus"));
        String quantityError = form.getElementById(form.select("#budget-quantity").attr("aria-describedby")).text();
        assertTrue(quantityError.startsWith("Số lượng: "), quantityError);
        String descriptionError = form.getElementById(form.select("#budget-description").attr("aria-describedby")).text();
        assertTrue(descriptionError.startsWith("Diễn giải: "), descriptionError);
        assertFalse(form.select("#budget-unit-price").hasAttr("aria-invalid"));
        assertTrue(form.select("#budget-table tbody tr[id^=line-]").isEmpty(), "nothing half-written");
    }
}
