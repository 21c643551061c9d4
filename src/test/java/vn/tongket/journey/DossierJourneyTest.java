package vn.tongket.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.award.Dossiers;
import vn.tongket.support.BrowserTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From the council's vote to the printed certificates in Chromium: the organiser enters the council's paper count and
 * sends the nominees it carried to Home Affairs; the reviewer sees each nomination's eligibility at a glance
 * and cannot approve a blocked one, the Chairman's office records the decision, the organiser completes the dossier
 * and prints the certificates; the awards stay in the registry.
 */
@QuarkusTest
class DossierJourneyTest extends BrowserTest {

    @Test
    void councilVoteThenDecisionThenDossierCompletedThenCertificatesPrinted() throws Exception {
        long conf = Dossiers.conference("Hội nghị hồ sơ trên trình duyệt");
        long unit = Dossiers.create(conf, "COLLECTIVE", "Ban CHQS xã Hành Trình", "Xã Hành Trình", 2, null, false);
        long person = Dossiers.create(conf, "INDIVIDUAL", "Đặng Văn Hành Trình", "Xã Hành Trình", 1, 2, false);
        long punished = Dossiers.create(conf, "INDIVIDUAL", "Kha Văn Kỷ Luật", "Xã Hành Trình", 2, 2, true);
        // The council's vote comes first: the paper count carries each nominee, then each goes to Home Affairs.
        Page clerk = signIn("bochqs", "demo-bochqs");
        clerk.navigate(url("/conferences/" + conf));
        clerk.click("#council-link");
        clerk.waitForURL("**/conferences/" + conf + "/council");
        clerk.fill("#meeting-name", "Hội đồng Thi đua - Khen thưởng Bộ CHQS tỉnh");
        clerk.fill("#meeting-heldAt", "2026-11-28T08:00");
        clerk.fill("#meeting-place", "Phòng họp Bộ CHQS tỉnh");
        clerk.click("#meeting-save");
        clerk.waitForSelector("#notice");
        CouncilJourneyTest.member(clerk, "Nghiêm Văn Thắng", "CHAIR", true);
        CouncilJourneyTest.member(clerk, "Mạc Thị Thu", "SECRETARY", true);
        CouncilJourneyTest.member(clerk, "Đinh Công Lực", "MEMBER", true);
        for (long id : new long[]{unit, person, punished}) {
            clerk.fill("#tally-" + id + "-yes", "3");
            clerk.fill("#tally-" + id + "-no", "0");
            clerk.fill("#tally-" + id + "-blank", "0");
            clerk.click("#tally-" + id + "-save");
            clerk.waitForSelector("#notice");
            assertEquals("Đạt", clerk.textContent("#verdict-" + id).trim());
        }
        for (long id : new long[]{unit, person, punished}) {
            clerk.navigate(url("/conferences/" + conf + "/nominations/" + id));
            clerk.click("#submit-one");
            clerk.waitForSelector("#nomination-status:has-text('Đã gửi thẩm định')");
        }

        Page reviewer = signIn("sonoivu", "demo-sonoivu");
        reviewer.navigate(url("/conferences/" + conf + "/nominations/review"));
        assertTrue(reviewer.textContent("#eligibility-" + person).contains("mới có 1 năm liên tục"),
                reviewer.textContent("#eligibility-" + person));
        assertEquals("BLOCK", reviewer.getAttribute("#eligibility-" + punished + " .finding", "data-severity"));
        assertEquals(1, reviewer.locator("#eligibility-" + unit + " .eligibility-met").count());
        screenshot(reviewer, "dossier-review-eligibility");
        reviewer.locator(".review-item[data-id='" + punished + "'] button.approve").click();
        reviewer.waitForSelector("#form-error");
        assertTrue(reviewer.textContent("#form-error").contains("Nghị định 98/2023/NĐ-CP, Điều 4 khoản 4"),
                reviewer.textContent("#form-error"));
        for (long id : new long[]{unit, person}) {
            reviewer.navigate(url("/conferences/" + conf + "/nominations/review"));
            reviewer.locator(".review-item[data-id='" + id + "'] button.approve").click();
            reviewer.waitForSelector("#notice");
        }

        Page approver = signIn("vpubnd", "demo-vpubnd");
        approver.navigate(url("/conferences/" + conf + "/nominations/decision"));
        approver.fill("#decision-number", "301/QĐ-UBND");
        approver.fill("#decision-date", "2026-12-20");
        approver.fill("#decision-proposal-number", "90/TTr-SNV");
        approver.fill("#decision-proposal-date", "2026-12-15");
        approver.check("#decision-confirm");
        approver.click("#decision-submit");
        approver.waitForSelector("#notice");

        Page organizer = signIn("bochqs", "demo-bochqs");
        organizer.navigate(url("/conferences/" + conf));
        organizer.click("#dossier-link");
        organizer.waitForURL("**/conferences/" + conf + "/dossier");
        assertEquals("false", organizer.getAttribute(".dossier-item[data-key=proposal]", "data-ready"));
        assertTrue(organizer.textContent(".dossier-item[data-key=proposal]").contains("số và ngày tờ trình"));
        assertEquals("true", organizer.getAttribute(".dossier-item[data-key=certificates]", "data-ready"));
        organizer.fill("#dossier-number", "130/TTr-BCH");
        organizer.fill("#dossier-date", "2026-12-10");
        organizer.fill("#dossier-signer-title", "KT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG");
        organizer.fill("#dossier-signer-name", "Đại tá Lê Văn Ký");
        organizer.click("#dossier-save");
        organizer.waitForSelector("#notice");
        List<String> ready = organizer.locator(".dossier-item").all().stream()
                .filter(row -> "true".equals(row.getAttribute("data-ready"))).map(row -> row.getAttribute("data-key"))
                .toList();
        assertTrue(ready.containsAll(List.of("proposal", "achievement-reports", "appraisal", "decision",
                "prize-receipts", "certificates")), ready.toString());
        screenshot(organizer, "dossier-checklist");
        Page phone = newPage(390, 844);
        signIn(phone, "bochqs", "demo-bochqs");
        phone.navigate(url("/conferences/" + conf + "/dossier"));
        screenshot(phone, "dossier-checklist-phone");

        String href = organizer.getAttribute("#dossier-certificates", "href");
        APIResponse pdf = organizer.context().request().get(url(href));
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.headers().get("content-type"));
        byte[] certificates = pdf.body();
        Dossiers.keep(certificates, "journey-certificates.pdf");
        assertEquals(2, Dossiers.pages(certificates), "one certificate per awardee");
        String text = Dossiers.pdfText(certificates);
        assertTrue(text.indexOf("Ban CHQS xã Hành Trình") < text.indexOf("Ông Đặng Văn Hành Trình")
                && text.contains("301/QĐ-UBND"), text);

        organizer.navigate(url("/awards?q=Hành Trình"));
        assertEquals(2, organizer.locator("#award-table .award-row").count());
        screenshot(organizer, "awards-registry");
        organizer.setInputFiles("#award-file", new FilePayload("so-khen-thuong-2025.xlsx", XLSX,
                Dossiers.awardSheet(new Object[][]{{1, "Đặng Văn Hành Trình", null, "Xã Hành Trình",
                        "Bằng khen của Chủ tịch UBND tỉnh", "77/QĐ-UBND", "20/12/2025", 2025, null, null}})));
        organizer.click("#award-import-go");
        organizer.waitForSelector("#notice");
        organizer.navigate(url("/awards?q=Hành Trình&year=2025"));
        assertEquals(1, organizer.locator("#award-table .award-row").count());
        organizer.setInputFiles("#award-file", new FilePayload("sai.xlsx", XLSX,
                Dossiers.awardSheet(new Object[][]{{1, "Sai Ngày", null, null, "Bằng khen", "1/QĐ", "ngày mai", 2025,
                        null, null}})));
        organizer.click("#award-import-go");
        organizer.waitForSelector("#import-error");
        assertTrue(organizer.textContent("#import-error").contains("Dòng 3, cột G"), organizer.textContent("#import-error"));

        Page admin = signIn("admin", "demo-admin");
        admin.navigate(url("/admin/eligibility-rules"));
        assertTrue(admin.locator(".rule-row").count() >= 6, "the seeded rules");
        screenshot(admin, "eligibility-rules");
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
