package vn.tongket.invitation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The delegate's answer page: the facts first, the choices after, what happens next, and a refused answer kept. */
@QuarkusTest
class AnswerPageTest {

    @Test
    void aRefusedAnswerComesBackWithTheChosenAnswerAndTheTypedText() {
        long conference = Invitations.futureConference("Hội nghị giữ lựa chọn khi lỗi");
        long delegate = Api.addDelegate(conference, "Trương Định", null, "GUEST", null);
        String token = Invitations.tokenOf(conference, delegate);
        Invitations.answer(token, "ACCEPT", null, null).then().statusCode(303);

        Response refused = Invitations.answer(token, "DELEGATE", null, "Phó Chủ tịch UBND xã");

        refused.then().statusCode(400);
        XmlPath html = refused.htmlPath();
        assertTrue(refused.asString().matches("(?s).*id=\"answer-DELEGATE\"\\s+checked.*"),
                "the chosen answer stays chosen");
        assertFalse(refused.asString().matches("(?s).*id=\"answer-ACCEPT\"\\s+checked.*"),
                "not the answer recorded before");
        assertEquals("Phó Chủ tịch UBND xã", html.getString("**.find { it.@id == 'substitute-position' }.@value"));
        assertEquals("true", html.getString("**.find { it.@id == 'substitute-name' }.@aria-invalid"));
        assertFalse(html.getString("**.find { it.@id == 'substitute-name-error' }").isBlank(),
                "the message stands at its field");
        assertEquals("ACCEPT", Api.as(Api.ORGANIZER).get("/api/conferences/" + conference + "/invitations")
                .jsonPath().getString("find { it.delegateId == " + delegate + " }.answer"), "nothing changed");
    }

    @Test
    void thePageSaysWhatWhenWhereAndWhoPresidesBeforeTheChoicesAndNoStatusWords() {
        long conference = Invitations.futureConference("Hội nghị trang trả lời rõ ràng");
        long delegate = Api.addDelegate(conference, "Nguyễn Trung Trực", "truc@example.vn", "GUEST", null);
        String token = Invitations.tokenOf(conference, delegate);

        String page = RestAssured.given().get("/rsvp/" + token).then().statusCode(200).extract().asString();

        int facts = page.indexOf("id=\"rsvp-presides\"");
        assertTrue(facts > 0 && facts < page.indexOf("id=\"rsvp-form\""), "the facts come before the choices");
        assertTrue(page.indexOf("Hội nghị trang trả lời rõ ràng") < page.indexOf("id=\"rsvp-form\""));
        assertTrue(page.contains("Hội trường Bộ CHQS tỉnh"));
        assertTrue(page.contains("Ủy ban nhân dân tỉnh Bắc Giang"), "who presides");
        String beforeLetter = page.substring(0, page.indexOf("id=\"letter\""));
        for (String internal : List.of("Đã phát hành", "Chờ gửi", "Đã gửi", "Gửi lỗi", "ISSUED", "QUEUED")) {
            assertFalse(beforeLetter.contains(internal), "no internal status word: " + internal);
        }
        assertFalse(page.contains("id=\"rsvp-qr\""), "no gate code before an answer");
    }

    @Test
    void afterAcceptingThePageShowsWhatHappensNextTheGateCodeAndACalendarEntry() {
        long conference = Invitations.futureConference("Hội nghị sau khi nhận lời");
        long delegate = Api.addDelegate(conference, "Lý Tự Trọng", null, "GUEST", null);
        String token = Invitations.tokenOf(conference, delegate);
        Invitations.answer(token, "ACCEPT", null, null).then().statusCode(303);

        XmlPath html = RestAssured.given().get("/rsvp/" + token + "?saved=true").then().statusCode(200)
                .extract().htmlPath();
        assertTrue(html.getString("**.find { it.@id == 'rsvp-next-text' }").contains("bàn đón tiếp"));
        assertTrue(html.getString("**.find { it.@id == 'rsvp-qr' }.@src").startsWith("data:image/png;base64,"));
        String calendar = html.getString("**.find { it.@id == 'rsvp-calendar' }.@href");
        assertEquals("/rsvp/" + token + "/calendar.ics", calendar);

        Response ics = RestAssured.given().get(calendar);
        ics.then().statusCode(200).contentType("text/calendar");
        assertTrue(ics.asString().contains("SUMMARY:Hội nghị sau khi nhận lời"), ics.asString());
        RestAssured.given().get("/rsvp/khong-co-ma-nay/calendar.ics").then().statusCode(404);
    }
}
