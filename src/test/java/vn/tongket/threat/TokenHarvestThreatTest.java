package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Cell;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tongket.support.Api.ADMIN;
import static vn.tongket.support.Api.APPROVER;
import static vn.tongket.support.Api.ORGANIZER;
import static vn.tongket.support.Api.REVIEWER;
import static vn.tongket.support.Api.as;

/**
 * Threat: a reviewer or approver harvests a delegate's answer token (and answers for them) or contacts; defence: only
 * ORGANIZER and ADMIN get tokens, answer links, QR codes, emails and phone numbers, through the API and the pages.
 */
@QuarkusTest
class TokenHarvestThreatTest {

    private static final String EMAIL = "thu.token@example.vn";
    private static final String PHONE = "0204 3854 321";

    @Test
    void theInvitationAndDelegateApisGiveTokensAndContactsToOrganizersOnly() {
        Arranged a = arrange("Hội nghị thử lộ mã API");
        for (String user : List.of(ORGANIZER, ADMIN)) {
            as(user).get("/api/conferences/" + a.conference + "/invitations").then().statusCode(200)
                    .body("[0].token", equalTo(a.token));
            as(user).get("/api/conferences/" + a.conference + "/delegates/" + a.delegate).then().statusCode(200)
                    .body("email", equalTo(EMAIL)).body("phone", equalTo(PHONE));
        }
        for (String user : List.of(REVIEWER, APPROVER)) {
            String list = as(user).get("/api/conferences/" + a.conference + "/invitations").then().statusCode(200)
                    .body("[0].token", nullValue()).body("[0].fullName", equalTo("Trần Thị Mã")).extract().asString();
            assertHidden(user + " invitations API", list, a);
            for (String path : List.of("", "/" + a.delegate, "/introduction")) {
                String delegates = as(user).get("/api/conferences/" + a.conference + "/delegates" + path).then()
                        .statusCode(200).extract().asString();
                assertTrue(delegates.contains("Trần Thị Mã"), delegates);
                assertHidden(user + " delegates API" + path, delegates, a);
            }
        }
    }

    @Test
    void lettersCarryTheAnswerLinkForOrganizersOnly() {
        Arranged a = arrange("Hội nghị thử lộ mã giấy mời");
        String apiLetter = "/api/invitations/" + a.invitation + "/letter";
        String pageLetter = "/conferences/" + a.conference + "/invitations/" + a.invitation + "/letter";

        String html = as(ORGANIZER).accept("text/html").get(apiLetter).then().statusCode(200).extract().asString();
        assertTrue(html.contains("/rsvp/" + a.token) && html.contains("alt=\"QR\""), html);
        assertTrue(pdfText(as(ORGANIZER).accept("application/pdf").get(apiLetter + ".pdf").asByteArray())
                .contains("/rsvp/" + a.token), "the organiser's PDF carries the answer link");
        assertTrue(Api.page(ORGANIZER).get(pageLetter).then().statusCode(200).extract().asString()
                .contains("/rsvp/" + a.token));

        for (String user : List.of(REVIEWER, APPROVER)) {
            String apiHtml = as(user).accept("text/html").get(apiLetter).then().statusCode(200).extract().asString();
            assertTrue(apiHtml.contains("Trần Thị Mã") && !apiHtml.contains("alt=\"QR\""), apiHtml);
            assertHidden(user + " letter API", apiHtml, a);
            assertHidden(user + " letter PDF API",
                    pdfText(as(user).accept("application/pdf").get(apiLetter + ".pdf").asByteArray()), a);
            var session = Api.sessionCookies(user);
            String page = RestAssured.given().cookies(session).get(pageLetter).then().statusCode(200).extract().asString();
            assertTrue(page.contains("Trần Thị Mã") && !page.contains("alt=\"QR\""), page);
            assertHidden(user + " letter page", page, a);
            assertHidden(user + " letter PDF page", pdfText(RestAssured.given().cookies(session)
                    .get(pageLetter + ".pdf").then().statusCode(200).extract().asByteArray()), a);
        }
    }

    @Test
    void invitationAndConferencePagesAndAttendanceListsShowNoTokensOrContactsToReviewersAndApprovers() {
        Arranged a = arrange("Hội nghị thử lộ mã trang");
        String base = "/conferences/" + a.conference;
        assertTrue(Api.page(ORGANIZER).get(base).then().statusCode(200).extract().asString().contains(EMAIL),
                "the organiser sees the delegate's email on the conference page");
        for (String user : List.of(REVIEWER, APPROVER)) {
            var session = Api.sessionCookies(user);
            for (String page : List.of(base, base + "/invitations", base + "/introduction")) {
                String body = RestAssured.given().cookies(session).get(page).then().statusCode(200).extract().asString();
                assertTrue(body.contains("Trần Thị Mã"), page + ": " + body);
                assertHidden(user + " " + page, body, a);
            }
            assertHidden(user + " attendance PDF", pdfText(RestAssured.given().cookies(session)
                    .get(base + "/attendance.pdf").then().statusCode(200).extract().asByteArray()), a);
            assertHidden(user + " attendance XLSX", xlsxText(RestAssured.given().cookies(session)
                    .get(base + "/attendance.xlsx").then().statusCode(200).extract().asByteArray()), a);
        }
    }

    @Test
    void aUnitsUploadLinkAndEmailGoToOrganizersOnly() {
        long conference = Api.createConference("Hội nghị thử lộ liên kết tham luận", false);
        String base = "/api/conferences/" + conference + "/presentations";
        long id = as(ORGANIZER).body("""
                {"organization": "Ban CHQS huyện Thử", "email": "thamluan.token@example.vn", "title": "Tham luận thử",
                 "dueOn": "2031-11-30"}""").post(base).then().statusCode(201).extract().jsonPath().getLong("id");
        as(ORGANIZER).get(base + "/" + id).then().statusCode(200)
                .body("email", equalTo("thamluan.token@example.vn")).body("uploadLink", containsString("/presentation/"));
        for (String user : List.of(REVIEWER, APPROVER)) {
            for (String path : List.of(base, base + "/" + id)) {
                String body = as(user).get(path).then().statusCode(200).extract().asString();
                assertTrue(body.contains("Tham luận thử"), body);
                assertFalse(body.contains("/presentation/") || body.contains("thamluan.token@example.vn"), user + " " + body);
            }
            String page = RestAssured.given().cookies(Api.sessionCookies(user))
                    .get("/conferences/" + conference + "/presentations").then().statusCode(200).extract().asString();
            assertTrue(page.contains("Ban CHQS huyện Thử") && !page.contains("thamluan.token@example.vn"), page);
        }
    }

    private static void assertHidden(String where, String text, Arranged a) {
        assertFalse(text.contains(a.token), where + " carries the answer token");
        assertFalse(text.contains("/rsvp/"), where + " carries an answer link");
        assertFalse(text.contains(EMAIL), where + " carries the email");
        assertFalse(text.contains(PHONE), where + " carries the phone number");
    }

    private record Arranged(long conference, long delegate, long invitation, String token) {
    }

    private static Arranged arrange(String title) {
        long conference = Api.createConference(title, false);
        long delegate = as(ORGANIZER).body("""
                {"fullName": "Trần Thị Mã", "position": "Chủ tịch UBND", "organization": "Xã Tân Mỹ", "email": "%s",
                 "phone": "%s", "category": "GUEST", "precedence": 1}""".formatted(EMAIL, PHONE))
                .post("/api/conferences/" + conference + "/delegates").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<Map<String, Object>> issued = as(ORGANIZER).post("/api/conferences/" + conference + "/invitations")
                .then().statusCode(201).extract().jsonPath().getList("$");
        Map<String, Object> invitation = issued.get(0);
        return new Arranged(conference, delegate, ((Number) invitation.get("id")).longValue(),
                (String) invitation.get("token"));
    }

    /** The text of a PDF and the targets of its links. */
    private static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder s = new StringBuilder(new PDFTextStripper().getText(doc));
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        s.append('\n').append(uri.getURI());
                    }
                }
            }
            return s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xlsxText(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().openStream()
                    .flatMap(row -> row.stream().filter(Objects::nonNull).map(Cell::getRawValue))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
