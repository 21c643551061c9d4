package vn.tongket.invitation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paper signatures entered afterwards, and the attendance report by group (JSON, PDF, XLSX). */
@QuarkusTest
class PaperSignInAndReportTest {

    /** Six delegates in two groups: a decline, a substitute, paper entries, desk check-ins, one absent. */
    private record Day(long id, long guestAtDesk, long guestDeclined, long substituted, long absent, long paperThenDesk,
                       long deskThenPaper) {
    }

    private static Day arrange(String title) {
        long id = Invitations.futureConference(title);
        long g1 = Api.addDelegate(id, "Hoàng Văn Thụ", null, "GUEST", 1);
        long g2 = Api.addDelegate(id, "Lê Hồng Phong", null, "GUEST", 2);
        long p1 = Api.addDelegate(id, "Ngô Gia Tự", null, "PARTICIPANT", 3);
        long p2 = Api.addDelegate(id, "Trần Phú", null, "PARTICIPANT", 4);
        long p3 = Api.addDelegate(id, "Nguyễn Văn Cừ", null, "PARTICIPANT", 5);
        long p4 = Api.addDelegate(id, "Hà Huy Tập", null, "PARTICIPANT", 6);
        Invitations.answer(Invitations.tokenOf(id, g2), "DECLINE", null, null).then().statusCode(303);
        Invitations.answer(Invitations.tokenOf(id, p1), "DELEGATE", "Phạm Hùng", "Phó Chỉ huy trưởng")
                .then().statusCode(303);
        Invitations.answer(Invitations.tokenOf(id, p3), "ACCEPT", null, null).then().statusCode(303);
        desk(id, Invitations.tokenOf(id, g1)).then().statusCode(200);
        desk(id, Invitations.tokenOf(id, p4)).then().statusCode(200);
        paper(id, List.of(p1, p3, p4)).then().statusCode(200)
                .body("added", equalTo(2)).body("alreadyCheckedIn", equalTo(1));
        // The desk scanning a delegate entered from paper hears "already": one check-in, the first kept.
        desk(id, Invitations.tokenOf(id, p3)).then().statusCode(409);
        return new Day(id, g1, g2, p1, p2, p3, p4);
    }

    private static Response desk(long id, String token) {
        return Api.as(Api.ORGANIZER).body("{\"code\": \"" + token + "\"}").post("/api/conferences/" + id + "/checkins");
    }

    private static Response paper(long id, List<Long> delegateIds) {
        return Api.as(Api.ORGANIZER).body(Map.of("delegateIds", delegateIds))
                .post("/api/conferences/" + id + "/check-ins/paper");
    }

    @Test
    void reportCountsEachGroupWithDeclineSubstitutePaperAndDesk() {
        Day day = arrange("Hội nghị báo cáo điểm danh");
        JsonPath report = Api.as(Api.ORGANIZER).get("/api/conferences/" + day.id() + "/attendance/report")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("group", "GUEST", "label", "Đại biểu khách mời", "invited", 2, "present", 1,
                "absentExcused", 1, "absentUnexcused", 0, "substitutes", 0), report.getMap("groups[0]"));
        assertEquals(Map.of("group", "PARTICIPANT", "label", "Thành phần hội nghị", "invited", 4, "present", 3,
                "absentExcused", 0, "absentUnexcused", 1, "substitutes", 1), report.getMap("groups[1]"));
        assertEquals(Map.of("group", "TOTAL", "label", "Tổng cộng", "invited", 6, "present", 4,
                "absentExcused", 1, "absentUnexcused", 1, "substitutes", 1), report.getMap("total"));
    }

    @Test
    void aDeclineSentOnTheDayIsAnAbsenceWithoutExcuse() {
        Day day = arrange("Hội nghị báo vắng muộn");
        // The decline arrived at 07:00 on the conference day, not before it.
        var morning = java.time.LocalDate.now().plusYears(1).withMonth(12).withDayOfMonth(8).atTime(7, 0)
                .atZone(vn.tongket.conference.Conference.ZONE).toInstant();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                Invitation.update("answeredAt = ?1 where delegate.id = ?2", morning, day.guestDeclined()));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + day.id() + "/attendance/report").then()
                .body("groups[0].absentExcused", equalTo(0)).body("groups[0].absentUnexcused", equalTo(1));
    }

    @Test
    void unknownDelegateIsRefusedNamingTheFieldAndNothingIsRecorded() {
        long id = Invitations.futureConference("Hội nghị mã đại biểu sai");
        long d = Api.addDelegate(id, "Võ Văn Kiệt", null, "PARTICIPANT", 1);
        Invitations.issue(id);
        paper(id, List.of(d, 987654321L)).then().statusCode(400)
                .body("violations[0].field", equalTo("delegateIds"))
                .body("violations[0].message", containsString("987654321"));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then().body("checkedIn", equalTo(0));
    }

    @Test
    void attendanceListSaysPaperInsteadOfTheClerksTime() throws IOException {
        Day day = arrange("Hội nghị danh sách ký giấy");
        byte[] pdf = Api.page(Api.ORGANIZER).get("/conferences/" + day.id() + "/attendance.pdf")
                .then().statusCode(200).extract().asByteArray();
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Nguyễn Văn Cừ") && text.contains("Ký trên giấy"), text);
    }

    @Test
    void onlyOrganisersEnterPaperSignatures() {
        long id = Invitations.futureConference("Hội nghị quyền nhập giấy");
        long d = Api.addDelegate(id, "Võ Văn Kiệt", null, "PARTICIPANT", 1);
        Invitations.issue(id);
        Api.as(Api.REVIEWER).body(Map.of("delegateIds", List.of(d)))
                .post("/api/conferences/" + id + "/check-ins/paper").then().statusCode(403);
        Api.anonymous().body(Map.of("delegateIds", List.of(d)))
                .post("/api/conferences/" + id + "/check-ins/paper").then().statusCode(401);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then().body("checkedIn", equalTo(0));
    }

    @Test
    void untickingOnThePageRemovesOnlyThePaperCheckIn() {
        Day day = arrange("Hội nghị bỏ đánh dấu");
        String page = "/conferences/" + day.id() + "/attendance/paper";
        Map<String, String> session = Api.sessionCookies(Api.ORGANIZER);
        Response form = RestAssured.given().cookies(session).get(page);
        form.then().statusCode(200).body(containsString("Ngô Gia Tự"));
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        // The clerk unticks the substitute's paper entry and the desk's check-in (the box is disabled; forged here).
        Response saved = RestAssured.given().cookies(session).cookie("csrf-token", form.cookie("csrf-token"))
                .redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token)
                .formParam("shown", day.substituted(), day.deskThenPaper(), day.absent())
                .formParam("signed", day.absent())
                .post(page);
        saved.then().statusCode(303).header("Location", containsString("saved=1-1"));
        RestAssured.given().cookies(session).get(saved.header("Location")).then().statusCode(200)
                .body(containsString("Đã lưu: thêm 1, bỏ 1 điểm danh từ giấy."));
        Api.as(Api.ORGANIZER).get("/api/conferences/" + day.id() + "/attendance/report").then()
                .body("groups[1].present", equalTo(3)).body("groups[1].substitutes", equalTo(0))
                .body("groups[1].absentUnexcused", equalTo(1));
    }

    @Test
    void reportPdfReadsBackWithGroupsNamesAndClosing() throws IOException {
        Day day = arrange("Hội nghị báo cáo PDF");
        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf").get("/api/conferences/" + day.id() + "/attendance/report.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertEquals(1, doc.getNumberOfPages(), "six delegates fit one page, the signature block with them");
        }
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO KẾT QUẢ ĐIỂM DANH ĐẠI BIỂU",
                "Đại biểu khách mời 2 1 1 0 0", "Thành phần hội nghị 4 3 0 1 1", "Tổng cộng 6 4 1 1 1",
                "I. Vắng có lý do (1)", "Lê Hồng Phong", "II. Vắng không lý do (1)", "Trần Phú",
                "III. Đi thay (1)", "Phạm Hùng, Phó Chỉ huy trưởng đi thay Ngô Gia Tự", "./.")) {
            assertTrue(text.contains(expected), "PDF says '" + expected + "': " + text);
        }
    }

    @Test
    void reportXlsxReadsBackWithTheTableAndTheNames() throws IOException {
        Day day = arrange("Hội nghị báo cáo XLSX");
        byte[] xlsx = Api.as(Api.ORGANIZER).accept(AttendanceList.XLSX).get("/api/conferences/" + day.id() + "/attendance/report.xlsx")
                .then().statusCode(200).extract().asByteArray();
        List<String> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                for (Row row : rows.toList()) {
                    lines.add(row.stream().filter(Objects::nonNull).map(Cell::getRawValue).filter(Objects::nonNull)
                            .collect(Collectors.joining("|")));
                }
            }
        }
        assertEquals("BÁO CÁO KẾT QUẢ ĐIỂM DANH ĐẠI BIỂU", lines.get(0));
        assertTrue(lines.contains("1|Đại biểu khách mời|2|1|1|0|0"), lines.toString());
        assertTrue(lines.contains("2|Thành phần hội nghị|4|3|0|1|1"), lines.toString());
        assertTrue(lines.contains("Tổng cộng|6|4|1|1|1"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("1|Trần Phú")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Ngô Gia Tự – người đi thay: Phạm Hùng")), lines.toString());
    }

    @Test
    void paperEntryAndDeskScanAtOnceGiveOneCheckIn() throws Exception {
        long id = Invitations.futureConference("Hội nghị giấy và bàn cùng lúc");
        List<Long> delegates = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            delegates.add(Api.addDelegate(id, "Đại biểu song song " + k, null, "PARTICIPANT", k + 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (long d : delegates) {
                String token = Invitations.tokenOf(id, d);
                CyclicBarrier together = new CyclicBarrier(3);
                CompletableFuture<Integer> scan = CompletableFuture.supplyAsync(() -> {
                    var request = Api.as(Api.ORGANIZER).body("{\"code\": \"" + token + "\"}");
                    await(together);
                    return request.post("/api/conferences/" + id + "/checkins").statusCode();
                }, pool);
                List<CompletableFuture<Integer>> entries = new ArrayList<>();
                for (int clerk = 0; clerk < 2; clerk++) {
                    entries.add(CompletableFuture.supplyAsync(() -> {
                        var request = Api.as(Api.ORGANIZER).body(Map.of("delegateIds", List.of(d)));
                        await(together);
                        Response r = request.post("/api/conferences/" + id + "/check-ins/paper");
                        r.then().statusCode(200);
                        return r.jsonPath().getInt("added");
                    }, pool));
                }
                int deskAdded = scan.join() == 200 ? 1 : 0;
                int paperAdded = entries.stream().mapToInt(CompletableFuture::join).sum();
                assertEquals(1, deskAdded + paperAdded, "one check-in recorded, desk " + deskAdded + ", paper " + paperAdded);
            }
        } finally {
            pool.shutdownNow();
        }
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/attendance").then().body("checkedIn", equalTo(6));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
