package vn.tongket.award;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test helpers of issue 20: a conference of 2026 (the Law of 2022 in force, so the seeded eligibility rules apply),
 * nominations moved through the API with the facts the rules read, the decision, and PDF text read back.
 */
public final class Dossiers {

    private Dossiers() {
    }

    /** A conference on 08/12/2026 reviewing 2026. */
    public static long conference(String title) {
        return Api.as(Api.ORGANIZER).body("""
                {"title": "%s", "reviewYear": 2026, "startsAt": "2026-12-08T07:30", "endsAt": "2026-12-08T11:30",
                 "venue": {"name": "Hội trường Bộ CHQS tỉnh", "address": "Đường Võ Nguyên Giáp, Bắc Giang"},
                 "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "place": "Bắc Giang", "standardAgenda": false}
                """.formatted(title))
                .post("/api/conferences").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A draft with the facts the rules read (null leaves them out). */
    public static long create(long conf, String kind, String name, String organization, Integer years,
                              Integer initiatives, boolean disciplined) {
        return Api.as(Api.ORGANIZER).body("""
                {"kind": "%s", "nomineeName": "%s", "position": "Chỉ huy trưởng Ban CHQS xã", "gender": "MALE",
                 "birthYear": 1980, "rank": "Đại úy", "organization": "%s", "grassroots": true,
                 "achievements": "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2026",
                 "excellentYears": %s, "initiatives": %s, "disciplined": %s}
                """.formatted(kind, name, organization, years, initiatives, disciplined))
                .post("/api/conferences/" + conf + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static void submit(long id) {
        Councils.carry(id);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/submit").then().statusCode(200);
    }

    /** The reviewer's approval as a response, to check its status. */
    public static io.restassured.response.Response approve(long id) {
        return Api.as(Api.REVIEWER).body("{\"decision\": \"APPROVE\"}").post("/api/nominations/" + id + "/review");
    }

    /** Created with the facts the seeded rules ask for, submitted and approved. */
    public static long approved(long conf, String kind, String name, String organization) {
        long id = create(conf, kind, name, organization, 2, 2, false);
        submit(id);
        approve(id).then().statusCode(200);
        return id;
    }

    /** The Chairman's decision over the nominations, answering Home Affairs' submission 88/TTr-SNV. */
    public static long decide(long conf, String number, long... ids) {
        StringBuilder list = new StringBuilder();
        for (long id : ids) {
            list.append(list.isEmpty() ? "" : ", ").append(id);
        }
        return Api.as(Api.APPROVER).body("""
                {"number": "%s", "signedOn": "2026-12-20", "nominationIds": [%s],
                 "proposalNumber": "88/TTr-SNV", "proposalDate": "2026-12-15"}
                """.formatted(number, list)).post("/api/conferences/" + conf + "/decisions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    public static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Kept under target/documents for a person to look at. */
    public static void keep(byte[] content, String name) throws Exception {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }

    /** A header row, then one row per award (row 3 onwards). */
    public static byte[] awardSheet(Object[][] rows) throws Exception {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sổ");
            ws.value(0, 0, "SỔ KHEN THƯỞNG");
            String[] headers = {"STT", "Tên tập thể / Họ và tên", "Tập thể", "Cơ quan, đơn vị", "Hình thức khen thưởng",
                    "Số quyết định", "Ngày quyết định", "Năm thành tích", "Thành tích", "Số vào sổ"};
            for (int c = 0; c < headers.length; c++) {
                ws.value(1, c, headers[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        ws.value(r + 2, c, n);
                    } else if (v != null) {
                        ws.value(r + 2, c, v.toString());
                    }
                }
            }
            wb.finish();
            return out.toByteArray();
        }
    }
}
