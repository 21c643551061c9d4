package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Home Affairs names who signs the consolidated nomination list on the review page; on a laptop and a phone. */
@QuarkusTest
class ListSignerJourneyTest extends BrowserTest {

    @Test
    void reviewerNamesTheListsSigner() {
        long c = Api.createConference("Hội nghị người ký danh sách khen thưởng", false);
        Page page = signIn(Api.REVIEWER, "demo-" + Api.REVIEWER);
        page.navigate(url("/conferences/" + c + "/nominations/review"));
        page.fill("#list-signer-name", "Nguyễn Văn Thành");
        page.click("#list-head-save");
        page.waitForSelector("#notice");
        assertEquals("Nguyễn Văn Thành", page.inputValue("#list-signer-name"));
        screenshot(page, "list-signer-desktop");

        Page phone = newPage(390, 844);
        signIn(phone, Api.REVIEWER, "demo-" + Api.REVIEWER);
        phone.navigate(url("/conferences/" + c + "/nominations/review#list-head"));
        screenshot(phone, "list-signer-phone");
    }
}
