package vn.tongket.delegate;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.tongket.support.Api.ORGANIZER;
import static vn.tongket.support.Api.as;

@QuarkusTest
class DelegateApiTest {

    long conferenceId;

    @BeforeEach
    void createConference() {
        conferenceId = Api.createConference("Hội nghị kiểm tra đại biểu", false);
    }

    private String path() {
        return "/api/conferences/" + conferenceId + "/delegates";
    }

    @Test
    void delegateIsCreatedWithItsOrganisationFoundOrCreatedByName() {
        as(ORGANIZER).body("""
                {"fullName": "Hoàng Thị Yến", "position": "Chủ tịch UBND", "organization": "Xã Tân Mỹ (kiểm tra)",
                 "email": "HTYen@TanMy.example.vn", "phone": "0204 3854 321", "category": "PARTICIPANT", "precedence": 50}
                """).post(path()).then().statusCode(201)
                .header("Location", notNullValue())
                .body("id", notNullValue())
                .body("fullName", equalTo("Hoàng Thị Yến"))
                .body("organization", equalTo("Xã Tân Mỹ (kiểm tra)"))
                .body("email", equalTo("htyen@tanmy.example.vn"))
                .body("category", equalTo("PARTICIPANT"))
                .body("precedence", equalTo(50));
        long orgId = as(ORGANIZER).body("""
                {"fullName": "Lục Văn Chiến", "organization": "Xã Tân Mỹ (kiểm tra)", "category": "PARTICIPANT"}
                """).post(path()).then().statusCode(201).extract().jsonPath().getLong("organizationId");
        as(ORGANIZER).get(path()).then().body("organizationId", equalTo(List.of((int) orgId, (int) orgId)));
    }

    @Test
    void listIsInPrecedenceOrderAndFiltersByCategory() {
        Api.addDelegate(conferenceId, "Người thứ ba", "c@example.vn", "PARTICIPANT", 30);
        Api.addDelegate(conferenceId, "Người thứ nhất", "a@example.vn", "PARTICIPANT", 10);
        Api.addDelegate(conferenceId, "Khách mời", "g@example.vn", "GUEST", 20);
        as(ORGANIZER).get(path()).then().statusCode(200)
                .body("fullName", equalTo(List.of("Người thứ nhất", "Khách mời", "Người thứ ba")));
        as(ORGANIZER).queryParam("category", "GUEST").get(path()).then().statusCode(200)
                .body("fullName", equalTo(List.of("Khách mời")));
        as(ORGANIZER).get(path() + "/introduction").then().statusCode(200)
                .body("fullName", equalTo(List.of("Khách mời", "Người thứ nhất", "Người thứ ba")));
    }

    @Test
    void missingPrecedenceGoesToTheEnd() {
        Api.addDelegate(conferenceId, "Đầu", "dau@example.vn", "PARTICIPANT", 100);
        long last = Api.addDelegate(conferenceId, "Cuối", "cuoi@example.vn", "PARTICIPANT", null);
        as(ORGANIZER).get(path() + "/" + last).then().body("precedence", equalTo(110));
    }

    @Test
    void invalidEmailIsRefusedWith400NamingTheField() {
        as(ORGANIZER).body("""
                {"fullName": "Sai email", "email": "khong-phai-email", "category": "GUEST"}
                """).post(path()).then().statusCode(400)
                .body("violations[0].field", equalTo("email"))
                .body("violations[0].message", equalTo("không phải địa chỉ email hợp lệ"));
        as(ORGANIZER).get(path()).then().body("$", hasSize(0));
    }

    @Test
    void sameEmailTwiceInOneConferenceIsRefusedWith409() {
        Api.addDelegate(conferenceId, "Người đầu", "trung@example.vn", "GUEST", 10);
        as(ORGANIZER).body("""
                {"fullName": "Người sau", "email": "Trung@Example.vn", "category": "PARTICIPANT"}
                """).post(path()).then().statusCode(409)
                .body("detail", containsString("trung@example.vn"))
                .body("detail", containsString("Người đầu"));
        long other = Api.createConference("Hội nghị khác", false);
        Api.addDelegate(other, "Người sau", "trung@example.vn", "PARTICIPANT", 10);
    }

    @Test
    void missingNameAndCategoryAreRefused() {
        as(ORGANIZER).body("{\"email\": \"x@example.vn\"}").post(path()).then().statusCode(400)
                .body("violations.field", equalTo(List.of("category", "fullName")));
    }

    @Test
    void updateMoveAndDelete() {
        long a = Api.addDelegate(conferenceId, "A", "a@example.vn", "PARTICIPANT", 10);
        long b = Api.addDelegate(conferenceId, "B", "b@example.vn", "PARTICIPANT", 20);
        as(ORGANIZER).post(path() + "/" + b + "/move-up").then().statusCode(200)
                .body("fullName", equalTo(List.of("B", "A")));
        as(ORGANIZER).body("""
                {"fullName": "A đã sửa", "position": "Phó Chủ tịch", "organization": "UBND xã", "email": "a@example.vn", "category": "GUEST"}
                """).put(path() + "/" + a).then().statusCode(200)
                .body("fullName", equalTo("A đã sửa")).body("category", equalTo("GUEST"));
        as(ORGANIZER).body("""
                {"fullName": "A", "email": "b@example.vn", "category": "GUEST"}
                """).put(path() + "/" + a).then().statusCode(409);
        as(ORGANIZER).delete(path() + "/" + a).then().statusCode(204);
        as(ORGANIZER).get(path() + "/" + a).then().statusCode(404);
        as(ORGANIZER).get(path()).then().body("fullName", equalTo(List.of("B")));
    }

    @Test
    void delegateOfAnotherConferenceIsNotFoundHere() {
        long other = Api.createConference("Hội nghị khác nữa", false);
        long d = Api.addDelegate(other, "Người ngoài", "ngoai@example.vn", "GUEST", 10);
        as(ORGANIZER).get(path() + "/" + d).then().statusCode(404);
        as(ORGANIZER).delete(path() + "/" + d).then().statusCode(404);
    }
}
