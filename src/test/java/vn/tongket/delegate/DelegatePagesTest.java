package vn.tongket.delegate;

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

/** The delegate form on the pages: email optional, a refusal keeps every typed value with the message by its field. */
@QuarkusTest
class DelegatePagesTest {

    private static Map<String, String> delegate(String fullName, String email, String precedence) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fullName", fullName);
        form.put("position", "Chủ tịch UBND xã");
        form.put("organization", "Xã Tân Mỹ");
        form.put("email", email);
        form.put("phone", "");
        form.put("category", "PARTICIPANT");
        form.put("precedence", precedence);
        return form;
    }

    @Test
    void aDelegateWithoutEmailIsAddedAndEdited() {
        long id = Api.createConference("Hội nghị đại biểu không có thư điện tử", false);
        PageForms clerk = PageForms.as("bochqs");
        Response added = clerk.post("/conferences/" + id, "/conferences/" + id + "/delegates",
                delegate("Nguyễn Văn Xã", "", "20"));
        assertEquals(303, added.statusCode(), added.asString());
        Document page = Jsoup.parse(clerk.get("/conferences/" + id).asString());
        String rowId = page.select("#delegate-table tr:contains(Nguyễn Văn Xã)").attr("id");
        assertTrue(added.header("Location").endsWith("#" + rowId), added.header("Location") + " / " + rowId);

        String delegateId = rowId.substring("delegate-".length());
        String edit = "/conferences/" + id + "/delegates/" + delegateId + "/edit";
        Response edited = clerk.post(edit, edit, delegate("Nguyễn Văn Xã", "", "1.000"));
        assertEquals(303, edited.statusCode(), edited.asString());
        assertEquals("1000", Jsoup.parse(clerk.get(edit).asString()).select("#delegate-precedence").val(),
                "a number typed the Vietnamese way (1.000) is read as one thousand");
    }

    @Test
    void aRefusedFormComesBackAsTypedWithTheMessageByTheField() {
        long id = Api.createConference("Hội nghị biểu mẫu bị trả lại", false);
        PageForms clerk = PageForms.as("bochqs");
        Response refused = clerk.post("/conferences/" + id, "/conferences/" + id + "/delegates",
                delegate("Trần Thị Gõ", "khong-phai-email", "hai mươi"));
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals("Trần Thị Gõ", page.select("#delegate-name").val());
        assertEquals("Chủ tịch UBND xã", page.select("#delegate-position").val());
        assertEquals("khong-phai-email", page.select("#delegate-email").val());
        assertEquals("hai mươi", page.select("#delegate-precedence").val());

        assertEquals("true", page.select("#delegate-email").attr("aria-invalid"));
        String emailError = page.getElementById(page.select("#delegate-email").attr("aria-describedby")).text();
        assertTrue(emailError.startsWith("Email: "), emailError);
        assertFalse(emailError.contains("email:"), "no raw field name: " + emailError);
        assertTrue(page.select("#delegate-precedence").attr("aria-describedby").length() > 0);
        assertTrue(page.select("#delegate-email").hasAttr("autofocus"), "the first wrong field has the focus");
        assertFalse(page.select("#delegate-precedence").hasAttr("autofocus"));
        assertFalse(page.select("#delegate-name").hasAttr("aria-invalid"));
        assertTrue(page.select("#form-error").text().contains("2"), page.select("#form-error").text());
    }
}
