package vn.tongket.award;

import jakarta.enterprise.context.ApplicationScoped;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import vn.tongket.document.SheetCells;
import vn.tongket.document.ZipInspection;
import vn.tongket.nomination.ImportRejectedException;
import vn.tongket.nomination.NominationSheet;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Earlier years' awards from a spreadsheet: a header row starting "STT", then one award per row. Read under the same
 * limits as the nominations' sheet; every wrong cell is named at once and nothing is stored.
 */
@ApplicationScoped
public class AwardSheet {

    static final String[] HEADERS = {"STT", "Tên tập thể / Họ và tên", "Tập thể", "Cơ quan, đơn vị",
            "Hình thức khen thưởng", "Số quyết định", "Ngày quyết định", "Năm thành tích", "Thành tích", "Số vào sổ"};
    private static final String[] COLUMNS = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
    private static final int[] MAX_LENGTH = {0, 300, 0, 300, 200, 50, 0, 0, 10_000, 0};
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    /** Excel counts days from 30/12/1899. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** One award as read from the sheet. */
    public record Row(String recipientName, boolean collective, String organization, String awardForm,
                      String decisionNumber, LocalDate decisionDate, int year, String achievement,
                      Integer registerNumber) {
    }

    public List<Row> parse(byte[] xlsx) {
        if (ZipInspection.entryNames(xlsx, NominationSheet.ZIP_LIMITS).isEmpty()) {
            throw ProblemException.invalid("file", AwardMessages.class, AwardMessages::importUnreadable);
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator();
            while (it.hasNext()) {
                org.dhatim.fastexcel.reader.Row r = it.next();
                if (rows.size() == NominationSheet.MAX_ROWS) {
                    throw ProblemException.invalid("file", AwardMessages.class,
                            m -> m.importTooManyRows(NominationSheet.MAX_ROWS));
                }
                rows.add(SheetCells.read(r, COLUMNS, NominationSheet.MAX_CELL_CHARS,
                        (row, column, max) -> ProblemException.invalid("file", AwardMessages.class,
                                m -> m.importCellTooLarge(row, column, max))));
                numbers.add(r.getRowNum());
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", AwardMessages.class, AwardMessages::importUnreadable);
        }
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            if ("STT".equalsIgnoreCase(rows.get(i)[0])) {
                header = i;
            }
        }
        if (header < 0) {
            throw ProblemException.invalid("file", AwardMessages.class, AwardMessages::importNoHeader);
        }
        return rows(rows.subList(header + 1, rows.size()), numbers.subList(header + 1, numbers.size()));
    }

    private static List<Row> rows(List<String[]> rows, List<Integer> numbers) {
        List<Row> result = new ArrayList<>();
        List<ImportRejectedException.CellError> errors = new ArrayList<>();
        Set<String> registers = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            int row = numbers.get(i);
            if (SheetCells.blank(c)) {
                continue;
            }
            int before = errors.size();
            for (int col : new int[]{1, 4, 5, 6, 7}) {
                if (c[col] == null) {
                    errors.add(error(row, col, AwardMessages::importRequired));
                }
            }
            for (int col = 1; col < MAX_LENGTH.length; col++) {
                int max = MAX_LENGTH[col];
                if (max > 0 && c[col] != null && c[col].length() > max) {
                    errors.add(error(row, col, m -> m.importTooLong(max)));
                }
            }
            LocalDate date = date(c[6]);
            if (c[6] != null && date == null) {
                errors.add(error(row, 6, AwardMessages::importDate));
            }
            Integer year = number(c[7], 1945, 2100);
            if (c[7] != null && year == null) {
                errors.add(error(row, 7, AwardMessages::importYear));
            }
            Integer register = number(c[9], 1, 1_000_000);
            if (c[9] != null && register == null) {
                errors.add(error(row, 9, AwardMessages::importRegister));
            } else if (register != null && year != null && !registers.add(year + "/" + register)) {
                errors.add(error(row, 9, AwardMessages::importRegisterRepeated));
            }
            if (errors.size() == before) {
                result.add(new Row(c[1], c[2] != null, c[3], c[4], c[5], date, year, c[8], register));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (result.isEmpty()) {
            throw ProblemException.invalid("file", AwardMessages.class, AwardMessages::importEmpty);
        }
        return result;
    }

    private static ImportRejectedException.CellError error(int row, int col, Function<AwardMessages, String> problem) {
        Function<String, String> text = language -> {
            AwardMessages m = Localization.bundle(AwardMessages.class, language);
            return m.importCell(row, COLUMNS[col], HEADERS[col], problem.apply(m));
        };
        return new ImportRejectedException.CellError(row, COLUMNS[col], text.apply(Localization.VIETNAMESE),
                text.apply(Localization.ENGLISH));
    }



    /** "15/01/2024", "2024-01-15", or the day number Excel stores for a date cell. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DMY);
        } catch (DateTimeParseException e) {
            // try the other ways a date cell reads
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            // try the day number
        }
        Integer days = number(value, 1, 100_000);
        return days == null ? null : EXCEL_EPOCH.plusDays(days);
    }

    private static Integer number(String value, int min, int max) {
        if (value == null) {
            return null;
        }
        try {
            int n = new BigDecimal(value).intValueExact();
            return n >= min && n <= max ? n : null;
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
