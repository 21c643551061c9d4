package vn.tongket.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.BrowserTest;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tongket.delegate.PreparedDelegateSheets.row;
import static vn.tongket.delegate.PreparedDelegateSheets.sheet;

/** The clerk imports a prepared delegate sheet: sees each wrong cell, corrects the file, sees the list. */
@QuarkusTest
class DelegateImportJourneyTest extends BrowserTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void clerkImportsAPreparedSheetCorrectsItAndSeesTheList() throws IOException {
        long id = Api.createConference("Hội nghị nhập danh sách từ tệp", false);
        for (int[] size : new int[][]{{1280, 800}, {390, 844}}) {
            Page page = newPage(size[0], size[1]);
            signIn(page, "bochqs", "demo-bochqs");
            page.navigate(url("/conferences/" + id));
            page.click("#delegate-import-link");
            page.waitForURL("**/delegates/import");
            String suffix = size[0] < 600 ? "-phone" : "";
            screenshot(page, "delegate-import" + suffix);
            if (!suffix.isEmpty()) {
                continue; // on the phone, the page is looked at; the import itself once is enough
            }

            byte[] wrong = sheet(row("Hoàng Văn Một", "mot@example.vn", "Thành phần hội nghị", "10"),
                    row("Đinh Thị Hai", "hai@example", "Thành phần hội nghị", "20"),
                    row("Lý Văn Ba", "ba@example.vn", "Khách mời", "30"));
            page.setInputFiles("#import-file", new FilePayload("danh-sach-dai-bieu.xlsx", XLSX, wrong));
            page.click("#import-submit");
            page.waitForSelector("#import-errors");
            screenshot(page, "delegate-import-refused");
            List<String> errors = page.locator("#import-errors tbody tr").allInnerTexts();
            assertEquals(2, errors.size(), errors.toString());
            assertTrue(errors.get(0).contains("Dòng 3, cột Email"), errors.toString());
            assertTrue(errors.get(1).contains("Dòng 4, cột Nhóm"), errors.toString());
            assertTrue(page.textContent("#form-error").contains("2"));

            byte[] right = sheet(row("Hoàng Văn Một", "mot@example.vn", "Thành phần hội nghị", "10"),
                    row("Đinh Thị Hai", "hai@example.vn", "Thành phần hội nghị", "20"),
                    row("Lý Văn Ba", "ba@example.vn", "Đại biểu khách mời", "30"));
            page.setInputFiles("#import-file", new FilePayload("danh-sach-dai-bieu.xlsx", XLSX, right));
            page.click("#import-submit");
            page.waitForURL("**/conferences/" + id + "?notice=*");
            screenshot(page, "delegate-import-done");
            assertTrue(page.textContent("[role=status]").contains("3"), page.textContent("[role=status]"));
            assertEquals(List.of("Hoàng Văn Một", "Đinh Thị Hai", "Lý Văn Ba"),
                    page.locator("#delegate-table tbody tr td:nth-child(3)").allInnerTexts());
        }
    }
}
