package vn.tongket.target;

import jakarta.enterprise.context.ApplicationScoped;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.tongket.document.ZipInspection;
import vn.tongket.nomination.NominationSheet;
import vn.tongket.web.FormInput;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The table of targets and results as XLSX: a header row "Đơn vị" then one column per target, a row of units of
 * measure, a row of target values, then one row per unit. Import reads the same layout, all or nothing.
 */
@ApplicationScoped
public class TargetSheet {

    static final String HEADER = "Đơn vị";
    static final String UNIT_ROW = "Đơn vị tính";
    static final String TARGET_ROW = "Chỉ tiêu";
    static final int MAX_ROWS = 2000;
    static final int MAX_COLUMNS = 60;

    public record Parsed(List<TargetRequest> targets, List<ParsedResult> results) {
    }

    /** A result in the column of the {@code column}-th target. */
    public record ParsedResult(int column, String organization, BigDecimal value) {
    }

    public byte[] export(String title, TargetTable table) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Tong ket", "1.0");
            Worksheet ws = workbook.newWorksheet("Chỉ tiêu");
            ws.value(0, 0, "KẾT QUẢ THỰC HIỆN CHỈ TIÊU – " + title);
            ws.value(2, 0, HEADER);
            ws.value(3, 0, UNIT_ROW);
            ws.value(4, 0, TARGET_ROW);
            ws.width(0, 40);
            List<Target> targets = table.targets();
            for (int c = 0; c < targets.size(); c++) {
                ws.value(2, c + 1, targets.get(c).name);
                ws.value(3, c + 1, targets.get(c).unit);
                ws.value(4, c + 1, targets.get(c).targetValue);
                ws.width(c + 1, 24);
            }
            ws.style(2, 0).bold().set();
            int r = 5;
            for (TargetTable.UnitRow row : table.rows()) {
                ws.value(r, 0, row.organization().name);
                for (int c = 0; c < row.cells().size(); c++) {
                    BigDecimal v = row.cells().get(c).value();
                    if (v != null) {
                        ws.value(r, c + 1, v);
                    }
                }
                r++;
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Parsed parse(byte[] xlsx) {
        if (ZipInspection.entryNames(xlsx, NominationSheet.ZIP_LIMITS).isEmpty()) {
            throw ProblemException.invalid("file", TargetMessages.class, TargetMessages::importUnreadable);
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row r = it.next();
                if (rows.size() == MAX_ROWS) {
                    throw ProblemException.invalid("file", TargetMessages.class, m -> m.importTooManyRows(MAX_ROWS));
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.min(r.getCellCount(), MAX_COLUMNS); i++) {
                    String text = text(r, i);
                    cells.add(text == null ? null : Text.clean(text));
                }
                rows.add(cells);
                numbers.add(r.getRowNum());
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", TargetMessages.class, TargetMessages::importUnreadable);
        }
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            if (HEADER.equalsIgnoreCase(cell(rows.get(i), 0))) {
                header = i;
            }
        }
        if (header < 0 || header + 2 >= rows.size()) {
            throw ProblemException.invalid("file", TargetMessages.class, TargetMessages::importNoHeader);
        }
        List<String> names = rows.get(header);
        List<TargetRequest> targets = new ArrayList<>();
        for (int c = 1; c < names.size() && cell(names, c) != null; c++) {
            int rowNum = numbers.get(header + 1);
            String unit = cell(rows.get(header + 1), c);
            if (unit == null) {
                String column = column(c);
                throw ProblemException.invalid("file", TargetMessages.class, m -> m.importMissing(rowNum, column, m.unit()));
            }
            targets.add(new TargetRequest(cell(names, c), unit, number(rows.get(header + 2), c, numbers.get(header + 2), true)));
        }
        List<ParsedResult> results = new ArrayList<>();
        for (int i = header + 3; i < rows.size(); i++) {
            String unit = cell(rows.get(i), 0);
            if (unit == null) {
                continue;
            }
            for (int c = 1; c <= targets.size(); c++) {
                BigDecimal v = number(rows.get(i), c, numbers.get(i), false);
                if (v != null) {
                    results.add(new ParsedResult(c - 1, unit, v));
                }
            }
        }
        return new Parsed(targets, results);
    }

    /** A numeric cell written with a decimal comma, so that 1.234 is not read back as thousands. */
    private static String text(Row r, int i) {
        if (!r.hasCell(i) || r.getCell(i) == null) {
            return null;
        }
        var cell = r.getCell(i);
        return cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
                ? cell.asNumber().stripTrailingZeros().toPlainString().replace('.', ',') : cell.getText();
    }

    private static BigDecimal number(List<String> row, int c, int rowNum, boolean required) {
        String text = cell(row, c);
        String column = column(c);
        if (text == null) {
            if (required) {
                throw ProblemException.invalid("file", TargetMessages.class,
                        m -> m.importMissing(rowNum, column, m.targetValue()));
            }
            return null;
        }
        BigDecimal v = FormInput.parseDecimal(text);
        if (v == null || v.signum() < 0) {
            throw ProblemException.invalid("file", TargetMessages.class, m -> m.importNotANumber(rowNum, column, text));
        }
        return v;
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() ? row.get(c) : null;
    }

    private static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : "A" + (char) ('A' + c - 26);
    }
}
