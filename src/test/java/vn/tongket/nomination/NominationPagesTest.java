package vn.tongket.nomination;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;
import vn.tongket.support.PageForms;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nomination, review, decision and prize-rate pages as a clerk uses them: a refused form comes back as typed with
 * the message by its field, a successful one redirects to a page that is current.
 */
@QuarkusTest
class NominationPagesTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private static Map<String, String> nomination(String kind, String name, String position, String organization,
                                                  String birthYear) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", kind);
        form.put("nomineeName", name);
        form.put("position", position);
        form.put("rank", "Thiếu tá");
        form.put("gender", "FEMALE");
        form.put("birthYear", birthYear);
        form.put("organization", organization);
        form.put("grassroots", "true");
        form.put("achievements", "Hoàn thành xuất sắc nhiệm vụ\nhuấn luyện dân quân năm 2023");
        form.put("proposingUnit", "");
        form.put("representativeName", "Lò Văn Đại");
        form.put("representativePosition", "Chỉ huy trưởng");
        return form;
    }

    /** The path of a redirect's target, as the browser asks for it (no host, no fragment). */
    private static String target(Response redirect) {
        return redirect.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("#.*", "");
    }

    private static long idFrom(Response redirect) {
        String location = redirect.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1).replaceAll("#.*", ""));
    }

    @Test
    void aRefusedNominationComesBackAsTypedWithTheMessageByTheField() {
        long conf = Api.createConference("Hội nghị biểu mẫu đề nghị bị trả lại", false);
        String board = "/conferences/" + conf + "/nominations";
        Response refused = PageForms.as(Api.ORGANIZER).post(board, board,
                nomination("INDIVIDUAL", "Hà Thị Gõ", "Chính trị viên", "", "năm 80"));
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals("Hà Thị Gõ", page.select("#nomination-name").val());
        assertEquals("Chính trị viên", page.select("#nomination-position").val());
        assertEquals("năm 80", page.select("#nomination-birth-year").val());
        assertEquals("FEMALE", page.select("#nomination-gender option[selected]").val());
        assertTrue(page.select("#nomination-grassroots").hasAttr("checked"));
        assertEquals("Hoàn thành xuất sắc nhiệm vụ\nhuấn luyện dân quân năm 2023", page.select("#nomination-achievements").val());

        Element year = page.selectFirst("#nomination-birth-year");
        assertEquals("true", year.attr("aria-invalid"));
        String yearError = page.getElementById(year.attr("aria-describedby")).text();
        assertTrue(yearError.startsWith("Năm sinh: "), yearError);
        Element organization = page.selectFirst("#nomination-organization");
        assertEquals("true", organization.attr("aria-invalid"));
        assertTrue(year.hasAttr("autofocus"), "the first wrong field has the focus");
        assertFalse(organization.hasAttr("autofocus"));
        assertFalse(page.select("#nomination-name").hasAttr("aria-invalid"));
        assertEquals("INDIVIDUAL", page.select("#individual-fields").attr("data-kind"));
        assertEquals("COLLECTIVE", page.select("#collective-fields").attr("data-kind"));
    }

    @Test
    void aNominationIsCreatedByRedirectAndKeepsOnlyTheFieldsOfItsKind() {
        long conf = Api.createConference("Hội nghị đề nghị tập thể trên trang", false);
        String board = "/conferences/" + conf + "/nominations";
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        Map<String, String> form = nomination("COLLECTIVE", "Ban CHQS xã Tân Mỹ", "Không lưu", "Xã Tân Mỹ", "1980");
        form.put("achievements", "Dẫn đầu phong trào thi đua quyết thắng của lực lượng vũ trang tỉnh. ".repeat(120));
        Response created = clerk.post(board, board, form);
        assertEquals(303, created.statusCode(), created.asString());
        long id = idFrom(created);
        assertTrue(created.header("Location").endsWith(board + "/" + id), created.header("Location"));
        var stored = Api.as(Api.ORGANIZER).get("/api/nominations/" + id).then().statusCode(200).extract().jsonPath();
        assertNull(stored.get("position"), "an individual's field typed on a collective is not stored");
        assertNull(stored.get("birthYear"));
        assertEquals("Lò Văn Đại", stored.getString("representativeName"));

        Document edit = Jsoup.parse(clerk.get(board + "/" + id).asString());
        assertEquals("COLLECTIVE", edit.select("#nomination-edit-form #nomination-kind option[selected]").val());
        assertEquals("Lò Văn Đại", edit.select("#nomination-edit-form #nomination-representative").val());
    }

    @Test
    void bulkSubmitRedirectsToABoardThatShowsTheNewStates() {
        long conf = Api.createConference("Hội nghị gửi hàng loạt trên trang", false);
        long id = Nominations.create(conf, "INDIVIDUAL", "Đinh Văn Gửi", "Xã Gửi", true);
        Councils.carry(id);
        String board = "/conferences/" + conf + "/nominations";
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        Response submitted = clerk.post(board, board + "/submit", Map.of("ids", String.valueOf(id)));
        assertEquals(303, submitted.statusCode(), submitted.asString());
        String location = submitted.header("Location");
        assertFalse(location.contains("/submit"), location);

        Document page = Jsoup.parse(clerk.get(target(submitted)).asString());
        assertTrue(page.select("#notice").text().contains("1"), page.select("#notice").text());
        assertEquals(0, page.select("table[data-status=DRAFT] tr[data-id=" + id + "]").size(), "no longer under Nháp");
        assertEquals(1, page.select("table[data-status=SUBMITTED] tr[data-id=" + id + "]").size());
    }

    @Test
    void homeAffairsReasonForAReturnIsShownAtTheTopOfTheNomination() {
        long conf = Api.createConference("Hội nghị đề nghị bị trả lại", false);
        long id = Nominations.create(conf, "INDIVIDUAL", "Lê Văn Trả", "Xã Trả", true);
        Nominations.submit(id);
        Nominations.review(id, "RETURN", "Thiếu bản nhận xét của Đảng ủy xã");
        Document page = Jsoup.parse(PageForms.as(Api.ORGANIZER).get("/conferences/" + conf + "/nominations/" + id).asString());
        Element reason = page.selectFirst("#return-reason");
        assertTrue(reason != null, "the return reason is shown");
        assertEquals("Thiếu bản nhận xét của Đảng ủy xã", page.select("#return-note").text());
        Element facts = page.selectFirst("dl.facts");
        assertTrue(reason.siblingIndex() < facts.siblingIndex(), "above the nomination's facts");

        Nominations.submit(id);
        Document again = Jsoup.parse(PageForms.as(Api.ORGANIZER).get("/conferences/" + conf + "/nominations/" + id).asString());
        assertEquals(0, again.select("#return-reason").size(), "gone once submitted again");
    }

    @Test
    void anAttachmentIsRemovedFromADraftAndNotOnceSubmitted() {
        long conf = Api.createConference("Hội nghị xoá tệp đính kèm", false);
        long id = Nominations.create(conf, "INDIVIDUAL", "Phạm Văn Tệp", "Xã Tệp", true);
        long first = upload(id, "Báo cáo.pdf", java.util.Arrays.copyOf(PDF, 150 * 1024));
        long second = upload(id, "Nhận xét.pdf", PDF);
        String detail = "/conferences/" + conf + "/nominations/" + id;
        PageForms clerk = PageForms.as(Api.ORGANIZER);
        Document before = Jsoup.parse(clerk.get(detail).asString());
        assertEquals("(150 KB)", before.select("#attachment-list li[data-id=" + first + "] .size").text());
        assertEquals(2, before.select("#attachment-list .attachment-remove").size());

        Response removed = clerk.post(detail, detail + "/attachments/" + first + "/delete", Map.of());
        assertEquals(303, removed.statusCode(), removed.asString());
        assertTrue(removed.header("Location").endsWith(detail + "#attachments"), removed.header("Location"));
        assertEquals(List.of((int) second), Api.as(Api.ORGANIZER).get("/api/nominations/" + id + "/attachments")
                .then().extract().jsonPath().getList("id"));

        Nominations.submit(id);
        Document submitted = Jsoup.parse(clerk.get(detail).asString());
        assertEquals(0, submitted.select(".attachment-remove").size(), "no remove button once submitted");
        Response refused = clerk.post(detail, detail + "/attachments/" + second + "/delete", Map.of());
        assertEquals(409, refused.statusCode());
        assertFalse(Jsoup.parse(refused.asString()).select("#form-error").text().isBlank());
        assertEquals(1, Api.as(Api.ORGANIZER).get("/api/nominations/" + id + "/attachments").then()
                .extract().jsonPath().getList("id").size());
    }

    @Test
    void aRefusedReviewKeepsTheNoteAndAVerdictRedirectsToTheQueue() {
        long conf = Api.createConference("Hội nghị thẩm định trên trang", false);
        long id = Nominations.create(conf, "INDIVIDUAL", "Vũ Văn Thẩm", "Xã Thẩm", true);
        Nominations.submit(id);
        String queue = "/conferences/" + conf + "/nominations/review";
        PageForms reviewer = PageForms.as(Api.REVIEWER);
        String longNote = "Bổ sung hồ sơ. ".repeat(150).strip();
        Response refused = reviewer.post(queue, "/conferences/" + conf + "/nominations/" + id + "/review",
                Map.of("decision", "RETURN", "note", longNote));
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        Element note = page.selectFirst("#note-" + id);
        assertEquals(longNote, note.val());
        assertEquals("true", note.attr("aria-invalid"));
        assertTrue(note.hasAttr("autofocus"));
        assertTrue(page.getElementById(note.attr("aria-describedby")).text().startsWith("Ghi chú: "));

        Response returned = reviewer.post(queue, "/conferences/" + conf + "/nominations/" + id + "/review",
                Map.of("decision", "RETURN", "note", "Thiếu bản nhận xét"));
        assertEquals(303, returned.statusCode());
        Document after = Jsoup.parse(reviewer.get(target(returned)).asString());
        assertTrue(after.select("#notice").text().contains("Vũ Văn Thẩm"));
        assertEquals(0, after.select(".review-item[data-id=" + id + "]").size());
        assertEquals("RETURNED", Nominations.status(id));
    }

    @Test
    void theDecisionPreviewFollowsTheSigningDateAndTheDecisionUsesIt() {
        PageForms admin = PageForms.as(Api.ADMIN);
        assertEquals(303, admin.post("/admin/prize-rates", "/admin/prize-rates", rate("2091-01-01", "3.000.000")).statusCode());
        assertEquals(303, admin.post("/admin/prize-rates", "/admin/prize-rates", rate("2091-07-01", "4.000.000")).statusCode());
        long conf = Api.createConference("Hội nghị xem trước tiền thưởng", false);
        long id = Nominations.approved(conf, "INDIVIDUAL", "Ngô Thị Thưởng", "Xã Thưởng");
        String page = "/conferences/" + conf + "/nominations/decision";
        PageForms approver = PageForms.as(Api.APPROVER);

        Document early = preview(approver, page, id, "2091-03-01");
        Document late = preview(approver, page, id, "2091-08-01");
        String earlyAmount = early.select("#approved-table tr[data-id=" + id + "] .amount").text();
        String lateAmount = late.select("#approved-table tr[data-id=" + id + "] .amount").text();
        assertNotEquals(earlyAmount, lateAmount, "the preview follows the signing date");
        assertEquals("16/QĐ-UBND", late.select("#decision-number").val(), "typed values kept");
        assertEquals("2091-08-01", late.select("#decision-date").val());
        assertTrue(late.select("input[name=ids][value=" + id + "]").hasAttr("checked"));
        assertTrue(late.select("#rates").text().contains("4.000.000"), late.select("#rates").text());

        Response recorded = approver.post(page, page, Map.of("number", "16/QĐ-UBND", "signedOn", "2091-08-01",
                "ids", String.valueOf(id), "confirm", "yes"));
        assertEquals(303, recorded.statusCode(), recorded.asString());
        String location = target(recorded);
        assertTrue(location.startsWith(page + "?recorded="), location);
        Document after = Jsoup.parse(approver.get(location).asString());
        assertTrue(after.select("#notice").text().contains("16/QĐ-UBND"));
        assertEquals(lateAmount, after.select(".decision[data-number='16/QĐ-UBND'] td.amount").text(),
                "recorded at the rates of the signing date, as previewed");
        long amount = Api.as(Api.APPROVER).get("/api/nominations/" + id).then().extract().jsonPath().getLong("prizeAmount");
        assertEquals(lateAmount.replaceAll("[^0-9]", ""), String.valueOf(amount));
    }

    @Test
    void aRateRowIsEditedInPlaceAndARefusalKeepsTheRowAsTyped() {
        PageForms admin = PageForms.as(Api.ADMIN);
        Response added = admin.post("/admin/prize-rates", "/admin/prize-rates", rate("2092-01-01", "3.500.000"));
        assertEquals(303, added.statusCode());
        String location = target(added);
        long id = Long.parseLong(location.replaceAll(".*saved=(\\d+).*", "$1"));
        assertTrue(added.header("Location").endsWith("#rate-" + id), added.header("Location"));
        Document page = Jsoup.parse(admin.get(location).asString());
        assertEquals("3.500.000", page.select("#rate-" + id + "-value").val());

        Map<String, String> wrong = rate("2092-01-01", "ba triệu");
        Response refused = admin.post("/admin/prize-rates", "/admin/prize-rates/" + id, wrong);
        assertEquals(400, refused.statusCode());
        Document again = Jsoup.parse(refused.asString());
        Element value = again.selectFirst("#rate-" + id + "-value");
        assertEquals("ba triệu", value.val());
        assertEquals("true", value.attr("aria-invalid"));
        assertTrue(value.hasAttr("autofocus"));

        Response edited = admin.post("/admin/prize-rates", "/admin/prize-rates/" + id, rate("2092-02-01", "3.600.000,5"));
        assertEquals(303, edited.statusCode(), edited.asString());
        Document after = Jsoup.parse(admin.get(target(edited)).asString());
        assertEquals("3.600.000,5", after.select("#rate-" + id + "-value").val());
        assertEquals("2092-02-01", after.select("#rate-" + id + "-from").val());
        assertTrue(after.select("#notice").text().contains("01/02/2092"), after.select("#notice").text());
    }

    private static Map<String, String> rate(String from, String value) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "BASE_SALARY");
        form.put("effectiveFrom", from);
        form.put("value", value);
        form.put("note", "thử trên trang");
        return form;
    }

    private static Document preview(PageForms approver, String page, long id, String on) {
        Response r = approver.post(page, page, Map.of("number", "16/QĐ-UBND", "signedOn", on, "ids", String.valueOf(id),
                "preview", "1"));
        assertEquals(200, r.statusCode(), r.asString());
        return Jsoup.parse(r.asString());
    }

    private static long upload(long id, String name, byte[] content) {
        return RestAssured.given().auth().preemptive().basic(Api.ORGANIZER, "demo-" + Api.ORGANIZER)
                .contentType("application/pdf").body(content).queryParam("fileName", name).accept("application/json")
                .post("/api/nominations/" + id + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
