package vn.tongket.delegate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.tongket.document.RenderingGate;
import vn.tongket.document.SheetCells;
import vn.tongket.document.ZipInspection;
import vn.tongket.nomination.ImportRejectedException;
import vn.tongket.nomination.NominationMessages;
import vn.tongket.nomination.NominationSheet;
import vn.tongket.web.FormInput;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The delegate list as a spreadsheet to fill in (a template with the columns, a list to choose the group from and a
 * sheet "Hướng dẫn" with an example row), and the reading of a filled sheet: every row checked by the rules of one
 * delegate, every wrong cell named. Read with the nomination import's library and limits (rows, cell size, zip).
 */
@ApplicationScoped
public class DelegateSheet {

    static final String[] HEADERS = {"Họ và tên", "Chức vụ", "Đơn vị", "Email", "Điện thoại", "Nhóm", "Thứ tự",
            "Cấp bậc", "Chức vụ Đảng", "Thường trực"};
    static final String[] COLUMNS = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
    static final String SHEET = "Danh sách đại biểu";
    static final String GUIDE = "Hướng dẫn";
    private static final int NAME = 0;
    private static final int POSITION = 1;
    private static final int ORGANIZATION = 2;
    private static final int EMAIL = 3;
    private static final int PHONE = 4;
    private static final int CATEGORY = 5;
    private static final int PRECEDENCE = 6;
    private static final int RANK = 7;
    private static final int PARTY_TITLE = 8;
    /** "x" (or "có") marks a member of the Thường trực Tỉnh ủy, HĐND, UBND tỉnh, introduced first. */
    private static final int STANDING = 9;
    /** The limits of {@link DelegateRequest}, column by column (0: no length rule of its own). */
    private static final int[] MAX_LENGTH = {200, 300, 300, 254, 0, 0, 0, 50, 200, 0};
    /** Rows of the template that offer the group list; more rows may be added by copying. */
    private static final int TEMPLATE_ROWS = 1000;
    /** Where the group names stand on the guide sheet, for the list that the "Nhóm" column offers. */
    private static final int GUIDE_CATEGORY_ROW = 12;

    /** One row of a sheet as a delegate (its values may be wrong: see the reading's errors). */
    public record Line(int row, DelegateRequest request) {
    }

    /** The rows of a sheet and every wrong cell found in them. */
    public record Reading(List<Line> lines, List<ImportRejectedException.CellError> errors) {

        /** Whether the row's email was found wrong already (so that it is not named twice). */
        boolean emailWrong(int row) {
            return errors.stream().anyMatch(e -> e.row() == row && COLUMNS[EMAIL].equals(e.column()));
        }
    }

    @Inject
    RenderingGate gate;

    @Inject
    Validator validator;

    /** Written in a rendering slot: the workbook is held in memory like a PDF. */
    public byte[] template() {
        return gate.run(DelegateSheet::write);
    }

    private static byte[] write() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Tong ket", "1.0");
            Worksheet ws = workbook.newWorksheet(SHEET);
            int[] widths = {28, 28, 30, 30, 16, 32, 10, 16, 28, 12};
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(0, c, HEADERS[c]);
                ws.style(0, c).bold().fillColor("DDEBF7").set();
                ws.width(c, widths[c]);
            }
            ws.freezePane(0, 1);
            // Typed as text so that a phone number keeps its leading zero.
            ws.range(1, PHONE, TEMPLATE_ROWS, PHONE).style().format("@").set();
            int last = GUIDE_CATEGORY_ROW + DelegateCategory.values().length;
            ws.range(1, CATEGORY, TEMPLATE_ROWS, CATEGORY)
                    .validateWithListByFormula("'" + GUIDE + "'!$A$" + (GUIDE_CATEGORY_ROW + 1) + ":$A$" + last)
                    .allowBlank(true).showErrorMessage(true)
                    .errorTitle("Nhóm").error("Chọn một nhóm trong danh sách.");
            guide(workbook.newWorksheet(GUIDE));
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void guide(Worksheet ws) {
        ws.width(0, 28);
        for (int c = 1; c < HEADERS.length; c++) {
            ws.width(c, c == CATEGORY ? 32 : 26);
        }
        ws.value(0, 0, "HƯỚNG DẪN ĐIỀN DANH SÁCH ĐẠI BIỂU");
        ws.style(0, 0).bold().set();
        String[] lines = {
                "Mỗi đại biểu một dòng trên trang \"" + SHEET + "\", bắt đầu từ dòng 2; giữ nguyên dòng tiêu đề.",
                "Bắt buộc: Họ và tên, Nhóm (chọn trong danh sách). Các cột khác có thể để trống.",
                "Email để trống khi đại biểu không có email: đại biểu đó nhận giấy mời in. Mỗi email chỉ một lần trong hội nghị.",
                "Thứ tự: số nhỏ đứng trước trong danh sách; để trống thì xếp sau những người đã có.",
                "Cấp bậc (quân hàm), Chức vụ Đảng: nếu có, dùng trong lời mời và danh sách giới thiệu; Thường trực: ghi \"x\" cho Thường trực Tỉnh ủy, HĐND, UBND tỉnh (giới thiệu trước).",
                "Nếu có ô sai, không đại biểu nào được thêm; trang nhập liệt kê từng ô cần sửa (ví dụ \"Dòng 7, cột Email: ...\")."};
        for (int i = 0; i < lines.length; i++) {
            ws.value(1 + i, 0, lines[i]);
        }
        ws.value(7, 0, "Dòng ví dụ (không nhập từ trang này):");
        ws.style(7, 0).bold().set();
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(8, c, HEADERS[c]);
            ws.style(8, c).bold().set();
        }
        Object[] example = {"Nguyễn Văn An", "Chủ tịch UBND xã", "UBND xã Tân Mỹ", "an.nv@tanmy.bacgiang.gov.vn",
                "0204 3854 321", categoryName(DelegateCategory.PARTICIPANT), 20, "", "Bí thư Đảng ủy xã", ""};
        for (int c = 0; c < example.length; c++) {
            if (example[c] instanceof Integer n) {
                ws.value(9, c, n);
            } else {
                ws.value(9, c, (String) example[c]);
            }
        }
        ws.value(GUIDE_CATEGORY_ROW - 1, 0, "Nhóm (chọn một):");
        ws.style(GUIDE_CATEGORY_ROW - 1, 0).bold().set();
        DelegateCategory[] categories = DelegateCategory.values();
        for (int i = 0; i < categories.length; i++) {
            ws.value(GUIDE_CATEGORY_ROW + i, 0, categoryName(categories[i]));
        }
    }

    /** The group's Vietnamese name, as the list of the template offers it. */
    static String categoryName(DelegateCategory category) {
        return Localization.messages(Localization.VIETNAMESE).delegateCategory(category);
    }

    /**
     * The delegates of the first sheet, after its header row ("Họ và tên"), with every wrong cell. Emails repeated
     * within the file are named here; those already on the list by the service, so that one upload names them all.
     */
    public Reading parse(byte[] xlsx) {
        if (ZipInspection.entryNames(xlsx, NominationSheet.ZIP_LIMITS).isEmpty()) {
            throw ProblemException.invalid("file", NominationMessages.class, NominationMessages::importUnreadable);
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row r = it.next();
                if (rows.size() == NominationSheet.MAX_ROWS) {
                    throw ProblemException.invalid("file", NominationMessages.class,
                            m -> m.importTooManyRows(NominationSheet.MAX_ROWS));
                }
                rows.add(SheetCells.read(r, COLUMNS, NominationSheet.MAX_CELL_CHARS,
                        (row, column, max) -> ProblemException.invalid("file", NominationMessages.class,
                                m -> m.importCellTooLarge(row, column, max))));
                numbers.add(r.getRowNum());
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", NominationMessages.class, NominationMessages::importUnreadable);
        }
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            if (HEADERS[NAME].equalsIgnoreCase(rows.get(i)[NAME])) {
                header = i;
            }
        }
        if (header < 0) {
            throw ProblemException.invalid("file", DelegateMessages.class, DelegateMessages::importNoHeader);
        }
        return lines(rows.subList(header + 1, rows.size()), numbers.subList(header + 1, numbers.size()));
    }

    private Reading lines(List<String[]> rows, List<Integer> numbers) {
        List<Line> lines = new ArrayList<>();
        List<ImportRejectedException.CellError> errors = new ArrayList<>();
        Map<String, Integer> emails = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            int row = numbers.get(i);
            if (SheetCells.blank(c)) {
                continue;
            }
            check(errors, row, c);
            DelegateCategory category = category(c[CATEGORY]);
            Integer precedence = precedence(c[PRECEDENCE]);
            if (c[EMAIL] != null) {
                String email = c[EMAIL].toLowerCase(Locale.ROOT);
                Integer first = emails.putIfAbsent(email, row);
                if (first != null) {
                    errors.add(error(row, EMAIL, m -> m.cellEmailRepeated(email, first)));
                }
            }
            lines.add(new Line(row, new DelegateRequest(c[NAME], c[POSITION], c[ORGANIZATION], c[EMAIL], c[PHONE],
                    category, precedence, c[RANK], c[PARTY_TITLE], c[STANDING] != null, null)));
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalid("file", DelegateMessages.class, DelegateMessages::importEmpty);
        }
        return new Reading(lines, errors);
    }

    private void check(List<ImportRejectedException.CellError> errors, int row, String[] c) {
        for (int col : new int[]{NAME, CATEGORY}) {
            if (c[col] == null) {
                errors.add(error(row, col, DelegateMessages::cellRequired));
            }
        }
        for (int col = 0; col < MAX_LENGTH.length; col++) {
            int max = MAX_LENGTH[col];
            if (max > 0 && c[col] != null && c[col].length() > max) {
                errors.add(error(row, col, m -> m.cellTooLong(max)));
            }
        }
        // The formats are the API's own rules for one delegate, asked of the request record.
        if (c[EMAIL] != null && c[EMAIL].length() <= MAX_LENGTH[EMAIL]
                && !validator.validateValue(DelegateRequest.class, "email", c[EMAIL]).isEmpty()) {
            errors.add(error(row, EMAIL, DelegateMessages::cellEmail));
        }
        if (c[PHONE] != null && !validator.validateValue(DelegateRequest.class, "phone", c[PHONE]).isEmpty()) {
            errors.add(error(row, PHONE, DelegateMessages::cellPhone));
        }
        if (c[CATEGORY] != null && category(c[CATEGORY]) == null) {
            errors.add(error(row, CATEGORY, m -> m.cellCategory(choices())));
        }
        if (c[PRECEDENCE] != null && (precedence(c[PRECEDENCE]) == null
                || !validator.validateValue(DelegateRequest.class, "precedence", precedence(c[PRECEDENCE])).isEmpty())) {
            errors.add(error(row, PRECEDENCE, DelegateMessages::cellPrecedence));
        }
    }

    /** A wrong cell, in both languages: "Dòng 7, cột Email: ...". */
    static ImportRejectedException.CellError error(int row, int col, Function<DelegateMessages, String> problem) {
        Function<String, String> text = language -> {
            DelegateMessages m = Localization.bundle(DelegateMessages.class, language);
            return m.importCell(row, HEADERS[col], problem.apply(m));
        };
        return new ImportRejectedException.CellError(row, COLUMNS[col], text.apply(Localization.VIETNAMESE),
                text.apply(Localization.ENGLISH));
    }

    static ImportRejectedException.CellError emailError(int row, Function<DelegateMessages, String> problem) {
        return error(row, EMAIL, problem);
    }

    private static String choices() {
        List<String> names = new ArrayList<>();
        for (DelegateCategory c : DelegateCategory.values()) {
            names.add("\"" + categoryName(c) + "\"");
        }
        return String.join("; ", names);
    }

    /** The group by its Vietnamese or English name, or its code (GUEST), whatever the case. */
    private static DelegateCategory category(String value) {
        if (value == null) {
            return null;
        }
        for (DelegateCategory c : DelegateCategory.values()) {
            if (value.equalsIgnoreCase(categoryName(c)) || value.equalsIgnoreCase(c.name())
                    || value.equalsIgnoreCase(Localization.messages(Localization.ENGLISH).delegateCategory(c))) {
                return c;
            }
        }
        return null;
    }

    /** A whole number, written the Vietnamese way or as a spreadsheet stores it ("20", "1.000", "20.0"). */
    private static Integer precedence(String value) {
        if (value == null) {
            return null;
        }
        BigDecimal number = FormInput.parseDecimal(value);
        try {
            return number == null ? null : number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }


}
