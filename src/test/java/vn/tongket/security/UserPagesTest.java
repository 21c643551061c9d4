package vn.tongket.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.PageForms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The users page: every input labelled, a refusal keeps what was typed, each change is confirmed once. */
@QuarkusTest
class UserPagesTest {

    private static Map<String, String> account(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("fullName", "Phạm Thị Văn Thư");
        form.put("password", password);
        form.put("roles", "ORGANIZER");
        return form;
    }

    @Test
    void everyInputOfTheUsersPageHasALabel() {
        Document page = Jsoup.parse(PageForms.as(Api.ADMIN).get("/admin/users").asString());
        List<String> unlabelled = new ArrayList<>();
        for (Element input : page.select("input:not([type=hidden]), select, textarea")) {
            boolean wrapped = !input.parents().select("label").isEmpty();
            boolean named = !input.id().isEmpty() && !page.select("label[for=" + input.id() + "]").isEmpty();
            if (!wrapped && !named) {
                unlabelled.add(input.outerHtml());
            }
        }
        assertTrue(page.select("#user-table input[name=fullName]").size() >= 4, "one row per account");
        assertTrue(unlabelled.isEmpty(), "inputs without a label: " + unlabelled);
    }

    @Test
    void aRefusedAccountComesBackAsTypedAndACreatedOneIsConfirmedOnce() {
        PageForms admin = PageForms.as(Api.ADMIN);
        Response taken = admin.post("/admin/users", "/admin/users", account(Api.ORGANIZER, "mat-khau-dai-du"));
        assertEquals(409, taken.statusCode());
        Document form = Jsoup.parse(taken.asString());
        assertEquals(Api.ORGANIZER, form.select("#new-username").val());
        assertEquals("Phạm Thị Văn Thư", form.select("#new-fullName").val());
        assertTrue(form.select("#user-form input[value=ORGANIZER]").hasAttr("checked"));
        assertTrue(form.select("#new-username").hasAttr("autofocus"));
        String error = form.getElementById(form.select("#new-username").attr("aria-describedby")).text();
        assertTrue(error.startsWith("Tên đăng nhập: ") && error.contains(Api.ORGANIZER), error);

        Response shortPassword = admin.post("/admin/users", "/admin/users", account("vanthu.bochqs", "ngan"));
        assertEquals(400, shortPassword.statusCode());
        Document refused = Jsoup.parse(shortPassword.asString());
        assertEquals("", refused.select("#new-password").val(), "a password is never written back into the page");
        assertTrue(refused.select("#new-password").hasAttr("autofocus"));

        Response created = admin.post("/admin/users", "/admin/users", account("vanthu.bochqs", "mat-khau-dai-du"));
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.header("Location");
        assertTrue(location.contains("/admin/users?created="), location);
        Document after = Jsoup.parse(admin.get(location.substring(location.indexOf("/admin"), location.indexOf('#'))).asString());
        assertEquals("Đã tạo tài khoản vanthu.bochqs.", after.select("#notice").text());
        assertFalse(Jsoup.parse(admin.get("/admin/users").asString()).select("#notice").hasText());
    }

    @Test
    void aRefusedRowKeepsItsTypedNameAndASavedRowIsConfirmed() {
        PageForms admin = PageForms.as(Api.ADMIN);
        Document users = Jsoup.parse(admin.get("/admin/users").asString());
        String rowId = users.select("#user-table tr:has(td:matchesOwn(^" + Api.REVIEWER + "$))").attr("id");
        String id = rowId.substring("user-row-".length());
        Map<String, String> row = new LinkedHashMap<>();
        row.put("username", Api.REVIEWER);
        row.put("fullName", "Sở Nội vụ (thẩm định)");
        row.put("enabled", "true");
        Response refused = admin.post("/admin/users", "/admin/users/" + id, row);
        assertEquals(400, refused.statusCode(), "no role ticked");
        Document form = Jsoup.parse(refused.asString());
        assertEquals("Sở Nội vụ (thẩm định)", form.select("#user-" + id + "-fullName").val());
        assertTrue(form.getElementById(rowId).select(".field-error").text().startsWith("Vai trò: "));

        row.put("roles", "REVIEWER");
        row.put("fullName", "Sở Nội vụ tỉnh");
        Response saved = admin.post("/admin/users", "/admin/users/" + id, row);
        assertEquals(303, saved.statusCode(), saved.asString());
        String location = saved.header("Location");
        Document after = Jsoup.parse(admin.get(location.substring(location.indexOf("/admin"), location.indexOf('#'))).asString());
        assertEquals("Đã lưu tài khoản " + Api.REVIEWER + ".", after.select("#notice").text());
        assertEquals("Sở Nội vụ tỉnh", after.select("#user-" + id + "-fullName").val());
    }
}
