package vn.tongket.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.tongket.support.Api.ADMIN;
import static vn.tongket.support.Api.ORGANIZER;
import static vn.tongket.support.Api.as;

/** Administrators create and manage accounts without a developer. */
@QuarkusTest
class UserAdminTest {

    @Test
    void adminCreatesAnOrganizerWhoCanSignInAndIsDisabledLater() {
        long id = as(ADMIN).body("""
                {"username": "trolytm", "fullName": "Trợ lý Tác chiến", "password": "mat-khau-du-dai", "roles": ["ORGANIZER"]}""")
                .post("/api/users").then().statusCode(201)
                .body("roles", hasItem("ORGANIZER")).body("enabled", equalTo(true))
                .extract().jsonPath().getLong("id");
        RestAssured.given().auth().preemptive().basic("trolytm", "mat-khau-du-dai").get("/api/me").then()
                .statusCode(200).body("fullName", equalTo("Trợ lý Tác chiến"));
        as(ADMIN).body("""
                {"username": "trolytm", "fullName": "Trợ lý Tác chiến", "roles": ["ORGANIZER"], "enabled": false}""")
                .put("/api/users/" + id).then().statusCode(200).body("enabled", equalTo(false));
        RestAssured.given().auth().preemptive().basic("trolytm", "mat-khau-du-dai").get("/api/me").then().statusCode(401);
    }

    @Test
    void duplicateUsernameShortPasswordAndNoRoleAreRefused() {
        as(ADMIN).body("""
                {"username": "bochqs", "fullName": "Trùng", "password": "mat-khau-du-dai", "roles": ["ORGANIZER"]}""")
                .post("/api/users").then().statusCode(409);
        as(ADMIN).body("""
                {"username": "ngan", "fullName": "Ngắn", "password": "123", "roles": ["ORGANIZER"]}""")
                .post("/api/users").then().statusCode(400).body("violations[0].field", equalTo("password"));
        as(ADMIN).body("""
                {"username": "khongvaitro", "fullName": "Không vai trò", "password": "mat-khau-du-dai", "roles": []}""")
                .post("/api/users").then().statusCode(400).body("violations[0].field", equalTo("roles"));
        as(ADMIN).body("""
                {"username": "khongmatkhau", "fullName": "Không mật khẩu", "roles": ["REVIEWER"]}""")
                .post("/api/users").then().statusCode(400).body("violations[0].field", equalTo("password"));
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabled() {
        long adminId = as(ADMIN).get("/api/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == 'admin' }.id");
        as(ADMIN).body("""
                {"username": "admin", "fullName": "Quản trị", "roles": ["ADMIN"], "enabled": false}""")
                .put("/api/users/" + adminId).then().statusCode(409);
        RestAssured.given().auth().preemptive().basic("admin", "demo-admin").get("/api/me").then().statusCode(200);
    }

    @Test
    void organizerCannotManageUsers() {
        as(ORGANIZER).get("/api/users").then().statusCode(403);
    }

    @Test
    void usersPageIsForAdministratorsOnly() {
        vn.tongket.support.Api.page(ADMIN).get("/admin/users").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("sonoivu"))
                .body(org.hamcrest.Matchers.containsString("Sở Nội vụ"));
        vn.tongket.support.Api.page(ORGANIZER).get("/admin/users").then().statusCode(403);
    }

    @Test
    void repeatedFailedSignInsLockTheAccountUntilAnAdministratorSavesIt() {
        long id = as(ADMIN).body("""
                {"username": "khoa", "fullName": "Tài khoản thử khóa", "password": "mat-khau-dung-roi", "roles": ["REVIEWER"]}""")
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        for (int i = 0; i < 5; i++) {
            RestAssured.given().auth().preemptive().basic("khoa", "sai-" + i).get("/api/me").then().statusCode(401);
        }
        RestAssured.given().auth().preemptive().basic("khoa", "mat-khau-dung-roi").get("/api/me").then().statusCode(401);
        as(ADMIN).body("""
                {"username": "khoa", "fullName": "Tài khoản thử khóa", "roles": ["REVIEWER"], "enabled": true}""")
                .put("/api/users/" + id).then().statusCode(200);
        RestAssured.given().auth().preemptive().basic("khoa", "mat-khau-dung-roi").get("/api/me").then().statusCode(200);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        as(ADMIN).body("""
                {"username": "reset", "fullName": "Đếm lại", "password": "mat-khau-dung-roi", "roles": ["REVIEWER"]}""")
                .post("/api/users").then().statusCode(201);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                RestAssured.given().auth().preemptive().basic("reset", "sai").get("/api/me").then().statusCode(401);
            }
            RestAssured.given().auth().preemptive().basic("reset", "mat-khau-dung-roi").get("/api/me").then().statusCode(200);
        }
    }

    @Test
    void aRememberedPasswordGivesWayAtOnceToAChangeALockOrAWrongPassword() {
        long id = as(ADMIN).body("""
                {"username": "nho", "fullName": "Mật khẩu đã nhớ", "password": "mat-khau-cu-du-dai", "roles": ["REVIEWER"]}""")
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        for (int i = 0; i < 3; i++) { // the second and third are recognised without bcrypt
            RestAssured.given().auth().preemptive().basic("nho", "mat-khau-cu-du-dai").get("/api/me").then()
                    .statusCode(200).body("roles", hasItem("REVIEWER"));
        }
        RestAssured.given().auth().preemptive().basic("nho", "mat-khau-cu-du-da").get("/api/me").then().statusCode(401);
        as(ADMIN).body("""
                {"username": "nho", "fullName": "Mật khẩu đã nhớ", "password": "mat-khau-moi-du-dai", "roles": ["ORGANIZER"]}""")
                .put("/api/users/" + id).then().statusCode(200);
        RestAssured.given().auth().preemptive().basic("nho", "mat-khau-cu-du-dai").get("/api/me").then().statusCode(401);
        RestAssured.given().auth().preemptive().basic("nho", "mat-khau-moi-du-dai").get("/api/me").then()
                .statusCode(200).body("roles", hasItem("ORGANIZER"));
        for (int i = 0; i < 5; i++) {
            RestAssured.given().auth().preemptive().basic("nho", "sai-" + i).get("/api/me").then().statusCode(401);
        }
        RestAssured.given().auth().preemptive().basic("nho", "mat-khau-moi-du-dai").get("/api/me").then()
                .statusCode(401);
    }
}
