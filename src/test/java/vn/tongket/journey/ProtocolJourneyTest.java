package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clerk gives a delegate his rank and Party title, chooses who presides and who signs the decision, and reads the
 * MC's introduction list: who presides first, the standing members' section, ranks in the salutations.
 */
@QuarkusTest
class ProtocolJourneyTest extends BrowserTest {

    @Test
    void rankPartyTitleAndWhoPresidesReachTheIntroductionList() {
        for (int[] size : new int[][]{{1280, 800}, {390, 844}}) {
            String suffix = size[0] < 600 ? "-phone" : "";
            long c = Api.createConference("Hội nghị nghi thức" + suffix, false);
            Page page = newPage(size[0], size[1]);
            signIn(page, "bochqs", "demo-bochqs");
            page.navigate(url("/conferences/" + c));
            page.fill("#delegate-name", "Vũ Đình Khương");
            page.fill("#delegate-party-title", "Phó Bí thư Tỉnh ủy");
            page.fill("#delegate-position", "Chủ tịch UBND tỉnh");
            page.fill("#delegate-organization", "UBND tỉnh Bắc Giang");
            page.selectOption("#delegate-category", "PARTICIPANT");
            page.check("#delegate-standing");
            page.click("#delegate-add");
            page.waitForSelector("#delegate-table");
            page.fill("#delegate-name", "Nguyễn Đức Thắng");
            page.fill("#delegate-rank", "Thiếu tướng");
            page.fill("#delegate-position", "Phó Tư lệnh");
            page.fill("#delegate-organization", "Bộ Tư lệnh Quân khu 1");
            page.selectOption("#delegate-category", "GUEST");
            page.click("#delegate-add");
            page.waitForSelector("#delegate-table");
            screenshot(page, "protocol-delegates" + suffix);

            page.navigate(url("/conferences/" + c + "/edit"));
            page.selectOption("#presiding-delegate", new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Vũ Đình Khương, Chủ tịch UBND tỉnh"));
            page.fill("#decision-signer-name", "Quách Văn Thịnh");
            screenshot(page, "protocol-conference-edit" + suffix);
            page.click("#conference-save");
            page.waitForURL("**/conferences/" + c);

            page.navigate(url("/conferences/" + c + "/introduction"));
            String text = page.textContent("body").replaceAll("\\s+", " ");
            screenshot(page, "protocol-introduction" + suffix);
            assertTrue(text.contains("Đồng chí Vũ Đình Khương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang chủ trì Hội nghị."), text);
            assertTrue(text.contains("Đồng chí Thiếu tướng Nguyễn Đức Thắng, Phó Tư lệnh Quân khu 1"), text);
            assertTrue(text.indexOf("Vũ Đình Khương") == text.lastIndexOf("Vũ Đình Khương"), "named once: " + text);
        }
    }
}
