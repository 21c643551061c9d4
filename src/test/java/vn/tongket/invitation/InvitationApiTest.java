package vn.tongket.invitation;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issuing and numbering invitations, their letters (HTML and PDF), and who may do what. */
@QuarkusTest
class InvitationApiTest {

    @Test
    void issuingNumbersEachDelegateOnceAndRepeatingIssuesNothingNew() {
        long id = Api.createConference("Hội nghị phát hành giấy mời", false);
        long a = Api.addDelegate(id, "Nguyễn Văn An", "an@example.vn", "GUEST", 10);
        Api.addDelegate(id, "Trần Thị Bình", "binh@example.vn", "PARTICIPANT", 20);

        List<Map<String, Object>> first = Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations")
                .then().statusCode(201).extract().jsonPath().getList("$");
        assertEquals(List.of(1, 2), first.stream().map(i -> i.get("number")).toList());
        assertEquals("ISSUED", first.get(0).get("status"));
        assertEquals((int) a, first.get(0).get("delegateId"));
        assertTrue(((String) first.get(0).get("token")).length() >= 22, "at least 128 bits in base64url");

        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations").then().statusCode(200)
                .body("size()", equalTo(2));
        Api.addDelegate(id, "Lê Văn Cường", "cuong@example.vn", "PARTICIPANT", 30);
        List<Map<String, Object>> again = Invitations.issue(id);
        assertEquals(List.of(1, 2, 3), again.stream().map(i -> i.get("number")).toList());
        assertEquals(first.get(0).get("token"), again.get(0).get("token"));
        Api.as(Api.REVIEWER).get("/api/conferences/" + id + "/invitations").then().statusCode(200)
                .body("size()", equalTo(3)).body("[2].symbol", equalTo("UBND"));
    }

    @Test
    void concurrentIssuingGivesNumbersWithoutGapsOrDuplicates() throws Exception {
        long id = Api.createConference("Hội nghị phát hành đồng thời", false);
        int threads = 6;
        int perThread = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int k = 0; k < perThread; k++) {
                    Api.addDelegate(id, "Đại biểu " + thread + "-" + k, "d" + thread + "-" + k + "@example.vn", "PARTICIPANT", null);
                    Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations")
                            .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        List<Integer> numbers = new ArrayList<>(Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/invitations")
                .then().statusCode(200).extract().jsonPath().getList("number", Integer.class));
        Collections.sort(numbers);
        assertEquals(IntStream.rangeClosed(1, threads * perThread).boxed().toList(), numbers);
        List<Integer> delegates = Api.as(Api.ORGANIZER).get("/api/conferences/" + id + "/invitations")
                .then().extract().jsonPath().getList("delegateId", Integer.class);
        assertEquals(threads * perThread, delegates.stream().distinct().count(), "one invitation per delegate");
    }

    @Test
    void organisersSendingAtOnceQueueEachLetterExactlyOnce() throws Exception {
        long id = Api.createConference("Hội nghị gửi giấy mời đồng thời", false);
        int delegates = 3 * InvitationService.SEND_CHUNK - 5;
        for (int d = 0; d < delegates; d++) {
            Api.addDelegate(id, "Đại biểu gửi " + d, "gui" + d + "@example.vn", "PARTICIPANT", d);
        }
        Api.addDelegate(id, "Đại biểu không có thư", null, "PARTICIPANT", 99);
        Invitations.issue(id);
        int senders = 3;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        List<Future<Integer>> sends = new ArrayList<>();
        for (int t = 0; t < senders; t++) {
            sends.add(pool.submit(() -> {
                gate.await();
                return Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send")
                        .then().statusCode(202).extract().jsonPath().getInt("queued");
            }));
        }
        gate.countDown();
        int queued = 0;
        for (Future<Integer> f : sends) {
            queued += f.get();
        }
        pool.shutdown();
        assertEquals(delegates, queued, "the senders shared the letters");
        List<Long> refs = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                vn.tongket.mail.OutboxMessage.listByConference(id).stream().map(m -> m.refId).toList());
        assertEquals(delegates, refs.size(), "one mail per letter");
        assertEquals(delegates, refs.stream().distinct().count(), "no letter queued twice");
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/send").then().statusCode(202)
                .body("queued", equalTo(0));
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void organisersRemindingAtOnceRemindEachSilentDelegateExactlyOnce() throws Exception {
        long id = Invitations.futureConference("Hội nghị nhắc đồng thời");
        int delegates = 2 * InvitationService.SEND_CHUNK + 5;
        for (int d = 0; d < delegates; d++) {
            Api.addDelegate(id, "Đại biểu nhắc " + d, "nhac" + d + "@example.vn", "PARTICIPANT", d);
        }
        long answered = Api.addDelegate(id, "Đại biểu đã trả lời", "datraloi@example.vn", "PARTICIPANT", 99);
        String answeredToken = Invitations.tokenOf(id, answered);
        // Arranged as if every letter had gone out (the mail round trip is MailDeliveryTest's).
        try (var c = dataSource.getConnection(); var st = c.prepareStatement(
                "UPDATE invitation SET delivery = 'SENT', sent_at = NOW(6) WHERE conference_id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
        Invitations.answer(answeredToken, "ACCEPT", null, null).then().statusCode(303);

        int reminders = 2;
        ExecutorService pool = Executors.newFixedThreadPool(reminders);
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int t = 0; t < reminders; t++) {
            calls.add(pool.submit(() -> {
                gate.await();
                return Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/remind")
                        .then().statusCode(202).extract().jsonPath().getInt("queued");
            }));
        }
        gate.countDown();
        int queued = 0;
        for (Future<Integer> f : calls) {
            queued += f.get();
        }
        pool.shutdown();
        assertEquals(delegates, queued, "the reminders were shared out");
        List<Long> refs = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                vn.tongket.mail.OutboxMessage.listByConference(id).stream().map(m -> m.refId).toList());
        assertEquals(delegates, refs.size(), "one reminder per silent delegate, none for who answered");
        assertEquals(delegates, refs.stream().distinct().count(), "nobody reminded twice");
        Api.as(Api.ORGANIZER).post("/api/conferences/" + id + "/invitations/remind").then().statusCode(202)
                .body("queued", equalTo(0));
    }

    @Test
    void letterFollowsTheDecreeLayoutWithAnswerLinkAndQrCode() {
        long id = Api.createConference("Hội nghị tổng kết công tác quốc phòng địa phương năm 2023", false);
        long d = Api.addDelegate(id, "Hoàng Thị Ngọc Diệp", "diep@example.vn", "GUEST", 10);
        String token = Invitations.tokenOf(id, d);
        long invitationId = invitationId(id, d);
        Api.as(Api.ORGANIZER).accept("text/html").get("/api/invitations/" + invitationId + "/letter").then()
                .statusCode(200).contentType(containsString("text/html"))
                .body(containsString(">ỦY BAN NHÂN DÂN</div>"))
                .body(containsString(">TỈNH BẮC GIANG</div>"))
                .body(containsString("Số: <span id=\"letter-number\">07/GM-UBND</span>"))
                .body(containsString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
                .body(containsString("Độc lập - Tự do - Hạnh phúc"))
                .body(containsString("GIẤY MỜI"))
                .body(containsString("Đồng chí Hoàng Thị Ngọc Diệp, Chủ tịch UBND xã Tân Mỹ"))
                .body(containsString("Từ 07 giờ 30 phút đến 11 giờ 30 phút, thứ Sáu, ngày 08/12/2023"))
                .body(containsString("Hội trường Bộ CHQS tỉnh, Đường Võ Nguyên Giáp, Bắc Giang"))
                .body(containsString("Ủy ban nhân dân tỉnh Bắc Giang trân trọng kính mời"))
                .body(containsString("TM. ỦY BAN NHÂN DÂN"))
                .body(containsString("KT. CHỦ TỊCH"))
                .body(containsString("Nơi nhận:"))
                .body(containsString("http://localhost:8080/rsvp/" + token))
                .body(containsString("data:image/png;base64,"));
    }

    @Test
    void letterPdfExtractsTheDelegatesNameExactlyWithLiberationSerifEmbedded() throws Exception {
        long id = Api.createConference("Hội nghị giấy mời PDF", false);
        long d = Api.addDelegate(id, "Nguyễn Thị Thùy Dương", "duong@example.vn", "GUEST", 10);
        Invitations.issue(id);
        byte[] pdf = Api.as(Api.ORGANIZER).accept("application/pdf")
                .get("/api/invitations/" + invitationId(id, d) + "/letter.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "letters", "giay-moi.pdf"), pdf); // for a person to look at
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), "one A4 page");
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()));
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Nguyễn Thị Thùy Dương"), text);
            assertTrue(text.contains("Số: 07/GM-UBND"), text);
            assertTrue(text.contains("Bắc Giang, ngày 01 tháng 12 năm 2023"), text);
            assertTrue(text.contains("Từ 07 giờ 30 phút đến 11 giờ 30 phút, thứ Sáu, ngày 08/12/2023"), text);
            var resources = doc.getPage(0).getResources();
            boolean embedded = false;
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                embedded |= font.getName().contains("LiberationSerif") && font.isEmbedded();
            }
            assertTrue(embedded, "Liberation Serif is embedded");
            // The QR code (vector squares in the PDF), printed, scans back to the delegate's answer link.
            String token = Invitations.tokenOf(id, d);
            assertTrue(scanLetterQrCode(doc).endsWith("/rsvp/" + token), "QR code of the letter");
        }
    }

    /**
     * The letter's QR code read off its first page printed at 300, 200 or 150 dpi (the first that reads), as a scanner
     * at the door tries again at another distance: at one exact resolution a reader can misplace the grid of a code
     * that is fine on paper (seen about once in a few hundred letters). The recipients' half of the page is looked at.
     */
    static String scanLetterQrCode(PDDocument doc) throws Exception {
        Exception last = null;
        for (int dpi : new int[]{300, 200, 150}) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, dpi);
            try {
                return scanQrCode(page.getSubimage(0, page.getHeight() * 2 / 5, page.getWidth() / 2,
                        page.getHeight() - page.getHeight() * 2 / 5));
            } catch (com.google.zxing.ReaderException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * A code image alone (the mail's inline PNG): read as a scanner would, or, when zxing's finder misplaces the grid
     * of a code that is fine (23 of 5,000 random answer links, each of which its pure-barcode reader reads; once an
     * IllegalArgumentException from inside zxing), as the pure code it is. Either way it must give the link.
     */
    static String scanQrImage(java.awt.image.BufferedImage image) throws Exception {
        try {
            return scanQrCode(image);
        } catch (com.google.zxing.ReaderException | IllegalArgumentException misplaced) {
            return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap(image),
                    java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, true)).getText();
        }
    }

    static String scanQrCode(java.awt.image.BufferedImage page) throws Exception {
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap(page),
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();
    }

    private static com.google.zxing.BinaryBitmap bitmap(java.awt.image.BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    }

    @Test
    void letterSettingsOfTheConferenceChangeSymbolAndSignature() {
        long id = Api.createConference("Hội nghị ký hiệu riêng", false);
        Api.as(Api.ORGANIZER).get("/api/conferences/" + id).then().statusCode(200)
                .body("letter.symbol", equalTo("UBND")).body("letter.authority", equalTo("TM. ỦY BAN NHÂN DÂN"));
        Api.as(Api.ORGANIZER).body("""
                {"title": "Hội nghị ký hiệu riêng", "reviewYear": 2023, "startsAt": "2023-12-08T07:30", "endsAt": "2023-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Bắc Giang"},
                 "issuer": "BỘ CHỈ HUY QUÂN SỰ TỈNH BẮC GIANG", "place": "Bắc Giang",
                 "letter": {"symbol": "BCH", "authority": "BỘ CHỈ HUY", "signerTitle": "CHỈ HUY TRƯỞNG",
                            "signerName": "Đại tá Nguyễn Văn Hưng", "recipients": ["Như trên;", "Văn phòng UBND tỉnh;", "Lưu: VT, TM."],
                            "number": 15, "issuedOn": "2023-12-01"}}
                """).put("/api/conferences/" + id).then().statusCode(200).body("letter.symbol", equalTo("BCH"));
        long d = Api.addDelegate(id, "Phan Văn Giang", "giang@example.vn", "GUEST", 1);
        Invitations.issue(id);
        Api.as(Api.ORGANIZER).accept("text/html").get("/api/invitations/" + invitationId(id, d) + "/letter").then()
                .statusCode(200)
                .body(containsString("15/GM-BCH"))
                .body(containsString("CHỈ HUY TRƯỞNG"))
                .body(containsString("Đại tá Nguyễn Văn Hưng"))
                .body(containsString("- Văn phòng UBND tỉnh;"));
        // A client that does not know the letter settings keeps them.
        Api.as(Api.ORGANIZER).body("""
                {"title": "Hội nghị ký hiệu riêng", "reviewYear": 2023, "startsAt": "2023-12-08T07:30", "endsAt": "2023-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Bắc Giang"},
                 "issuer": "BỘ CHỈ HUY QUÂN SỰ TỈNH BẮC GIANG", "place": "Bắc Giang"}
                """).put("/api/conferences/" + id).then().statusCode(200).body("letter.symbol", equalTo("BCH"));
    }

    @Test
    void onlyOrganizersIssueSendAndCheckIn() {
        long id = Api.createConference("Hội nghị phân quyền giấy mời", false);
        Api.addDelegate(id, "Vũ Văn Hải", "hai@example.vn", "GUEST", 1);
        Api.as(Api.REVIEWER).post("/api/conferences/" + id + "/invitations").then().statusCode(403);
        Api.as(Api.APPROVER).post("/api/conferences/" + id + "/invitations/send").then().statusCode(403);
        Api.as(Api.REVIEWER).body("{\"code\": \"x\"}").post("/api/conferences/" + id + "/checkins").then().statusCode(403);
        Api.anonymous().get("/api/conferences/" + id + "/invitations").then().statusCode(401);
        Api.as(Api.ADMIN).post("/api/conferences/" + id + "/invitations").then().statusCode(201);
        Api.as(Api.APPROVER).get("/api/conferences/" + id + "/attendance").then().statusCode(200).body("invited", equalTo(1));
        Api.as(Api.ORGANIZER).accept("text/html").get("/api/invitations/999999999/letter").then().statusCode(404);
        Api.as(Api.ORGANIZER).post("/api/conferences/999999999/invitations").then().statusCode(404);
    }

    static long invitationId(long conferenceId, long delegateId) {
        return Invitations.issue(conferenceId).stream()
                .filter(i -> ((Number) i.get("delegateId")).longValue() == delegateId)
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();
    }
}
