package vn.tongket.support;

/** Test arrangements: a conference with one approved nomination and a recorded (issued) award decision. */
public final class Decisions {

    private Decisions() {
    }

    /** A recorded decision; its PDF address under the pages. */
    public static String recorded(String title, String number) {
        long conf = Api.createConference(title, false);
        long nomination = Api.as(Api.ORGANIZER).body("""
                {"kind": "INDIVIDUAL", "nomineeName": "Hoàng Văn Thụ", "position": "Chỉ huy trưởng Ban CHQS xã",
                 "organization": "Xã Tân Mỹ", "grassroots": true,
                 "achievements": "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm 2023"}
                """).post("/api/conferences/" + conf + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Councils.carry(nomination);
        Api.as(Api.ORGANIZER).post("/api/nominations/" + nomination + "/submit").then().statusCode(200);
        Api.as(Api.REVIEWER).body("{\"decision\": \"APPROVE\", \"note\": null}")
                .post("/api/nominations/" + nomination + "/review").then().statusCode(200);
        long decision = Api.as(Api.APPROVER).body("{\"number\": \"" + number + "\", \"signedOn\": \"2023-12-05\", "
                        + "\"nominationIds\": [" + nomination + "]}")
                .post("/api/conferences/" + conf + "/decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        return "/conferences/" + conf + "/nominations/documents/decisions/" + decision + ".pdf";
    }

    /** The decision's PDF as an organiser downloads it. */
    public static byte[] pdf(String address) {
        return Api.page(Api.ORGANIZER).get(address).then().statusCode(200).extract().asByteArray();
    }

    /** The address of the verification page printed on an issued document ("/verify/..."). */
    public static String verifyPath(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            var link = java.util.regex.Pattern.compile("(/verify/[A-Za-z0-9_-]{22})").matcher(text);
            if (!link.find()) {
                throw new AssertionError("no verification address printed: " + text);
            }
            return link.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
