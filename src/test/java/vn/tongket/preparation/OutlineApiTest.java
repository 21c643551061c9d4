package vn.tongket.preparation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class OutlineApiTest {

    private static String outline(long conferenceId) {
        return "/api/conferences/" + conferenceId + "/outline";
    }

    private static long createOutline(long conferenceId) {
        return Api.as(Api.ORGANIZER).post(outline(conferenceId)).then().statusCode(201)
                .extract().jsonPath().getLong("[3].id");
    }

    @Test
    void outlineStartsFromThePlansTenContentAreasThenAssessmentPartTwoAndProposalsOnlyOnce() {
        long c = Api.createConference("Đề cương mười nội dung", false);
        Api.as(Api.ORGANIZER).post(outline(c)).then().statusCode(201)
                .body("$", hasSize(17))
                .body("[0].number", equalTo("1.1"))
                .body("[0].title", startsWith("Đánh giá khái quát đặc điểm, tình hình"))
                .body("[0].title", containsString("năm 2023"))
                .body("[3].title", equalTo("Công tác dân quân tự vệ; công tác tuyển chọn và gọi công dân nhập ngũ"))
                .body("[9].number", equalTo("1.10"))
                .body("[9].title", equalTo("Công tác thi đua, khen thưởng"))
                .body("[0].state", equalTo("REQUESTED"))
                .body("[0].ownerOrganization", equalTo("Bộ CHQS tỉnh"))
                .body("[0].dueOn", equalTo("2023-12-01"))
                .body("number[10..16]", equalTo(List.of("2.1", "2.2", "2.3", "2.4", "II.1", "II.2", "III")))
                .body("[10].title", equalTo("Đánh giá chung: ưu điểm"))
                .body("[11].title", equalTo("Đánh giá chung: hạn chế"))
                .body("[12].title", equalTo("Đánh giá chung: nguyên nhân của ưu điểm, hạn chế"))
                .body("[13].title", equalTo("Đánh giá chung: bài học kinh nghiệm"))
                .body("[14].title", equalTo("Phương hướng chung năm 2024"))
                .body("[15].title", equalTo("Nhiệm vụ, giải pháp trọng tâm năm 2024"))
                .body("[16].title", equalTo("Kiến nghị, đề xuất"));
        Api.as(Api.ORGANIZER).post(outline(c)).then().statusCode(409);
        Api.as(Api.REVIEWER).get(outline(c)).then().statusCode(200).body("$", hasSize(17));
    }

    @Test
    void sectionsAreEditableAndAddable() {
        long c = Api.createConference("Đề cương sửa mục", false);
        long section = createOutline(c);
        Api.as(Api.ORGANIZER).body("""
                {"number": "1.4", "title": "Công tác dân quân tự vệ", "ownerOrganization": "Phòng Tham mưu",
                 "dueOn": "2023-11-20"}""")
                .put(outline(c) + "/sections/" + section).then().statusCode(200)
                .body("ownerOrganization", equalTo("Phòng Tham mưu")).body("dueOn", equalTo("2023-11-20"));
        Api.as(Api.ORGANIZER).body("""
                {"number": "1.11", "title": "Phương hướng, nhiệm vụ năm 2024"}""")
                .post(outline(c) + "/sections").then().statusCode(201).body("number", equalTo("1.11"));
        Api.as(Api.ORGANIZER).get(outline(c)).then().body("$", hasSize(18)).body("[17].title",
                equalTo("Phương hướng, nhiệm vụ năm 2024"));
        Api.as(Api.ORGANIZER).body("{\"number\": \"\", \"title\": \"x\"}")
                .put(outline(c) + "/sections/" + section).then().statusCode(400);
        Api.as(Api.REVIEWER).body("{\"number\": \"1.4\", \"title\": \"x\"}")
                .put(outline(c) + "/sections/" + section).then().statusCode(403);
    }

    @Test
    void sectionMovesRequestedReceivedAcceptedAndRefusesOtherTransitions() {
        long c = Api.createConference("Đề cương trạng thái", false);
        long s = createOutline(c);
        String base = outline(c) + "/sections/" + s;
        Api.as(Api.ORGANIZER).post(base + "/accept").then().statusCode(409)
                .body("detail", containsString("Đã yêu cầu"));
        Api.as(Api.ORGANIZER).post(base + "/return").then().statusCode(409);
        Api.as(Api.ORGANIZER).body("{\"text\": \"Năm 2023, lực lượng dân quân tự vệ được kiện toàn.\"}")
                .post(base + "/text").then().statusCode(200)
                .body("state", equalTo("RECEIVED")).body("text", startsWith("Năm 2023"));
        Api.as(Api.ORGANIZER).post(base + "/accept").then().statusCode(200).body("state", equalTo("ACCEPTED"));
        Api.as(Api.ORGANIZER).post(base + "/accept").then().statusCode(409);
        Api.as(Api.ORGANIZER).body("{\"text\": \"khác\"}").post(base + "/text").then().statusCode(409);
        Api.as(Api.ORGANIZER).header("Accept-Language", "en").post(base + "/accept").then().statusCode(409)
                .body("detail", containsString("Accepted"));
        Api.as(Api.ORGANIZER).post(base + "/return").then().statusCode(200).body("state", equalTo("REQUESTED"));
        Api.as(Api.REVIEWER).post(base + "/accept").then().statusCode(403);
    }

    @Test
    void lateSectionsAreThoseStillRequestedAfterTheirDueDate() {
        long c = Api.createConference("Đề cương quá hạn", false);
        createOutline(c);
        ValidatableResponse all = Api.as(Api.ORGANIZER).get(outline(c)).then().statusCode(200);
        long first = all.extract().jsonPath().getLong("[0].id");
        long second = all.extract().jsonPath().getLong("[1].id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Api.as(Api.ORGANIZER).body("{\"number\": \"1.1\", \"title\": \"A\", \"dueOn\": \"%s\"}".formatted(today.plusDays(3)))
                .put(outline(c) + "/sections/" + first).then().statusCode(200).body("late", equalTo(false));
        Api.as(Api.ORGANIZER).body("{\"text\": \"Đã gửi\"}").post(outline(c) + "/sections/" + second + "/text")
                .then().statusCode(200).body("late", equalTo(false));
        Api.as(Api.ORGANIZER).get(outline(c)).then()
                .body("[0].late", equalTo(false))
                .body("[1].late", equalTo(false))
                .body("[2].late", equalTo(true));
        Api.page(Api.ORGANIZER).get("/conferences/" + c + "/outline").then().statusCode(200)
                .body(containsString("15 mục quá hạn chưa nhận"));
    }

    @Test
    void sectionFileMustBePdfOrDocxAndIsServedAsADownload() {
        long c = Api.createConference("Đề cương tệp", false);
        long s = createOutline(c);
        String base = outline(c) + "/sections/" + s;
        Api.as(Api.ORGANIZER).contentType("application/octet-stream").body("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))
                .post(base + "/file?fileName=bao-cao.pdf").then().statusCode(400)
                .body("violations[0].field", equalTo("file"));
        Api.as(Api.ORGANIZER).contentType("application/octet-stream").body(Pdfs.simple("Báo cáo mục 1.4"))
                .post(base + "/file?fileName=muc-1-4.pdf").then().statusCode(200)
                .body("state", equalTo("RECEIVED")).body("file.contentType", equalTo("application/pdf"));
        Api.as(Api.REVIEWER).get(base + "/file").then().statusCode(200)
                .header("Content-Type", startsWith("application/pdf"))
                .header("Content-Disposition", startsWith("attachment"))
                .header("X-Content-Type-Options", "nosniff");
    }
}
