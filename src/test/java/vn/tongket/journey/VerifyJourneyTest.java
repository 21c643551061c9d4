package vn.tongket.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.BrowserTest;
import vn.tongket.support.Decisions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone who received a signed decision follows its QR code, without an account, uploads the PDF and is told it is
 * the very document, intact; a copy with one changed byte, uploaded on the general page, is refused. Desktop and phone.
 */
@QuarkusTest
class VerifyJourneyTest extends BrowserTest {

    @Test
    void aReaderChecksTheDecisionHeReceived() throws Exception {
        byte[] pdf = Decisions.pdf(Decisions.recorded("Hội nghị xác thực trên trình duyệt", "170/QĐ-UBND"));
        Path received = Files.createTempFile("quyet-dinh-", ".pdf");
        Files.write(received, pdf);
        byte[] changed = pdf.clone();
        changed[changed.length / 4] ^= 0x20;
        Path tampered = Files.createTempFile("quyet-dinh-sua-", ".pdf");
        Files.write(tampered, changed);
        String qrTarget = Decisions.verifyPath(pdf);

        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            Page page = newPage(size[0], size[1]);
            page.navigate(url(qrTarget));
            assertEquals("170/QĐ-UBND", page.locator("#doc-number").innerText().trim());
            assertEquals("05/12/2023", page.locator("#doc-issued-on").innerText().trim());
            assertTrue(page.locator("#doc-signers").innerText().contains("Văn phòng demo"));
            assertTrue(page.locator("#verify-demo").isVisible(), "demo mode says the certificate is a test one");
            page.setInputFiles("#verify-file", received);
            page.locator("#verify-send").click();
            page.locator("#verify-result").waitFor();
            assertTrue(page.locator("#verify-verdict").innerText().contains("Hợp lệ"),
                    page.locator("#verify-result").innerText());
            assertTrue(page.locator("#result-signers").innerText().contains("Nguyễn Văn Demo"));
            screenshot(page, "verify-valid-" + size[0]);

            page.navigate(url("/verify"));
            page.setInputFiles("#verify-file", tampered);
            page.locator("#verify-send").click();
            page.locator("#verify-result").waitFor();
            assertTrue(page.locator("#verify-verdict").innerText().contains("Không hợp lệ"));
            assertTrue(page.locator("#verify-reason").innerText().contains("sửa đổi sau khi ký")
                            || page.locator("#verify-reason").innerText().contains("không phải là tệp PDF"),
                    page.locator("#verify-reason").innerText());
            screenshot(page, "verify-refused-" + size[0]);
        }
    }
}
