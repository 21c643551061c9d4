package vn.tongket.delegate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Delegate sheets as a clerk prepares them from the template, for the import tests and journey. */
public final class PreparedDelegateSheets {

    public static final String[] HEADERS = {"Họ và tên", "Chức vụ", "Đơn vị", "Email", "Điện thoại", "Nhóm", "Thứ tự",
            "Cấp bậc", "Chức vụ Đảng", "Thường trực"};

    private PreparedDelegateSheets() {
    }

    /** A sheet laid out like the template: the header row, then one row per delegate. */
    public static byte[] sheet(String[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Danh sách đại biểu");
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(0, c, HEADERS[c]);
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    ws.value(r + 1, c, rows[r][c]);
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    public static String[] row(String name, String email, String category, String precedence) {
        return new String[]{name, "Chủ tịch UBND xã", "UBND xã Tân Mỹ", email, "0204 3854 321", category, precedence};
    }
}
