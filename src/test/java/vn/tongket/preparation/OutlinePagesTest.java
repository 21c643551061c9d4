package vn.tongket.preparation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outline page's forms: a refused section comes back as typed, on its own row, with messages by the fields. */
@QuarkusTest
class OutlinePagesTest {

    private static Map<String, String> section(String number, String title, String dueOn) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("number", number);
        form.put("title", title);
        form.put("ownerOrganization", "Sở Nội vụ");
        form.put("dueOn", dueOn);
        return form;
    }

    @Test
    void aRefusedNewSectionKeepsWhatWasTypedAndASavedOneRedirectsToItsRow() {
        long c = Api.createConference("Hội nghị đề cương biểu mẫu", false);
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        String page = "/conferences/" + c + "/outline";
        Response refused = clerk.post(page, page + "/sections", section("", "Công tác tuyển quân", "31/12"));
        assertEquals(400, refused.statusCode());
        Document form = Jsoup.parse(refused.asString());
        assertEquals("Công tác tuyển quân", form.select("#section-title").text());
        assertEquals("Sở Nội vụ", form.select("#section-owner").val());
        assertEquals("31/12", form.select("#section-due").val());
        assertTrue(form.select("#section-number").hasAttr("autofocus"));
        String dueError = form.getElementById(form.select("#section-due").attr("aria-describedby")).text();
        assertTrue(dueError.startsWith("Hạn gửi: "), dueError);

        Response added = clerk.post(page, page + "/sections", section("1.1", "Công tác tuyển quân", "2026-12-01"));
        assertEquals(303, added.statusCode(), added.asString());
        String anchor = added.header("Location").substring(added.header("Location").indexOf('#') + 1);
        assertTrue(added.header("Location").contains("/outline#section-"), added.header("Location"));
        Document after = Jsoup.parse(clerk.get(page).asString());
        assertTrue(after.getElementById(anchor).text().contains("Công tác tuyển quân"));
    }

    @Test
    void aRefusedEditShowsOnItsOwnRowOnly() {
        long c = Api.createConference("Hội nghị đề cương sửa mục", false);
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        String page = "/conferences/" + c + "/outline";
        assertEquals(303, clerk.post(page, page, Map.of()).statusCode());
        Document outline = Jsoup.parse(clerk.get(page).asString());
        Element first = outline.select("#outline-table tbody tr").first();
        Element second = outline.select("#outline-table tbody tr").get(1);
        String sectionId = first.id().substring("section-".length());
        String secondNumber = second.select("form.section-edit input[name=number]").val();

        Response refused = clerk.post(page, page + "/sections/" + sectionId, section("1.9", "", "2026-12-01"));
        assertEquals(400, refused.statusCode());
        Document form = Jsoup.parse(refused.asString());
        Element row = form.getElementById(first.id());
        assertTrue(row.select("details").first().hasAttr("open"), "the refused row is open");
        assertEquals("1.9", row.select("form.section-edit input[name=number]").val());
        assertTrue(row.select("form.section-edit textarea[name=title]").hasAttr("autofocus"));
        assertEquals(secondNumber, form.getElementById(second.id()).select("form.section-edit input[name=number]").val());
        assertFalse(form.getElementById(second.id()).select("details").first().hasAttr("open"));

        Response twice = clerk.post(page, page, Map.of());
        assertEquals(409, twice.statusCode(), "the outline exists already");
        assertTrue(Jsoup.parse(twice.asString()).select("#form-error").text().contains("đã có đề cương"));
    }
}
