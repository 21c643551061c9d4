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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator's organisations page: add, correct, refuse with the typed values kept; administrators only. */
@QuarkusTest
class OrganizationPagesTest {

    private static final String PAGE = "/admin/organizations";

    private static Map<String, String> organization(String name, String level, String parent, String precedence) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("level", level);
        form.put("parent", parent);
        form.put("precedence", precedence);
        return form;
    }

    private static long idOf(PageForms admin, String name) {
        Document page = Jsoup.parse(admin.get(PAGE).asString());
        String rowId = page.select("#organization-table tr:has(td:containsOwn(" + name + "))").attr("id");
        return Long.parseLong(rowId.substring("organization-".length()));
    }

    @Test
    void anAdministratorAddsAndCorrectsAnOrganisation() {
        PageForms admin = PageForms.as(Api.ADMIN);
        Response province = admin.post(PAGE, PAGE, organization("Bộ CHQS tỉnh Bắc Giang (trang)", "PROVINCE", "", "10"));
        assertEquals(303, province.statusCode(), province.asString());
        long provinceId = idOf(admin, "Bộ CHQS tỉnh Bắc Giang (trang)");
        assertTrue(province.header("Location").endsWith(PAGE + "?added=" + provinceId + "#organization-" + provinceId));
        Document added = Jsoup.parse(admin.get(PAGE + "?added=" + provinceId).asString());
        assertEquals("Đã thêm cơ quan, đơn vị \"Bộ CHQS tỉnh Bắc Giang (trang)\".", added.select("#notice").text());

        Map<String, String> commune = organization("Ban CHQS xã Tân Mỹ (trang)", "COMMUNE", String.valueOf(provinceId), "1.200");
        commune.put("grassroots", "true");
        assertEquals(303, admin.post(PAGE, PAGE, commune).statusCode());
        long communeId = idOf(admin, "Ban CHQS xã Tân Mỹ (trang)");
        String edit = PAGE + "/" + communeId + "/edit";
        Document form = Jsoup.parse(admin.get(edit).asString());
        assertEquals(String.valueOf(provinceId), form.select("#org-parent option[selected]").val());
        assertEquals("1200", form.select("#org-precedence").val());
        assertTrue(form.select("#org-grassroots").hasAttr("checked"));
        assertTrue(form.select("#org-parent option[value=" + communeId + "]").isEmpty(), "not its own parent");

        Response saved = admin.post(edit, edit, organization("Ban CHQS phường Tân Mỹ (trang)", "COMMUNE",
                String.valueOf(provinceId), "1200"));
        assertEquals(303, saved.statusCode(), saved.asString());
        Document after = Jsoup.parse(admin.get(PAGE + "?saved=" + communeId).asString());
        assertEquals("Đã lưu cơ quan, đơn vị \"Ban CHQS phường Tân Mỹ (trang)\".", after.select("#notice").text());
        String row = after.select("#organization-" + communeId).text();
        assertTrue(row.contains("Ban CHQS phường Tân Mỹ (trang)") && row.contains("Bộ CHQS tỉnh Bắc Giang (trang)"), row);
        Api.as(Api.ADMIN).get("/api/organizations").then()
                .body("find { it.id == " + communeId + " }.grassroots", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void aRefusedOrganisationComesBackAsTypedWithTheMessageByTheField() {
        PageForms admin = PageForms.as(Api.ADMIN);
        assertEquals(400, admin.post(PAGE, PAGE, organization("UBND huyện Lục Nam (trang)", "DISTRICT", "", "")).statusCode(),
                "the order is required (the form offers 1000)");
        Response taken = admin.post(PAGE, PAGE, organization("Ban CHQS huyện Lục Ngạn (trang)", "DISTRICT", "", "20"));
        assertEquals(303, taken.statusCode());
        Response again = admin.post(PAGE, PAGE, organization("Ban CHQS huyện Lục Ngạn (trang)", "COMMUNE", "", "hai mươi"));
        assertEquals(400, again.statusCode(), "the order cannot be read, nothing is saved");
        Document form = Jsoup.parse(again.asString());
        assertEquals("Ban CHQS huyện Lục Ngạn (trang)", form.select("#org-name").val());
        assertEquals("COMMUNE", form.select("#org-level option[selected]").val());
        assertEquals("hai mươi", form.select("#org-precedence").val());
        assertTrue(form.select("#org-precedence").hasAttr("autofocus"));

        Response duplicate = admin.post(PAGE, PAGE, organization("Ban CHQS huyện Lục Ngạn (trang)", "COMMUNE", "", "20"));
        assertEquals(409, duplicate.statusCode());
        Document refused = Jsoup.parse(duplicate.asString());
        String error = refused.getElementById(refused.select("#org-name").attr("aria-describedby")).text();
        assertTrue(error.startsWith("Tên cơ quan, đơn vị: Đã có"), error);
        assertEquals("COMMUNE", refused.select("#org-level option[selected]").val());
        Api.as(Api.ADMIN).get("/api/organizations").then()
                .body("find { it.name == 'Ban CHQS huyện Lục Ngạn (trang)' }.level", org.hamcrest.Matchers.equalTo("DISTRICT"));
    }

    @Test
    void onlyAdministratorsReachTheOrganisationsPage() {
        assertEquals(200, PageForms.as(Api.ADMIN).get(PAGE).statusCode());
        assertTrue(Jsoup.parse(PageForms.as(Api.ADMIN).get("/admin/users").asString())
                .select("a[href=" + PAGE + "]").size() >= 1, "linked from the administration pages");
        for (String user : new String[]{Api.ORGANIZER, Api.REVIEWER, Api.APPROVER}) {
            assertEquals(403, PageForms.as(user).get(PAGE).statusCode(), user);
            assertEquals(403, PageForms.as(user).get(PAGE + "/1/edit").statusCode(), user);
        }
    }
}
