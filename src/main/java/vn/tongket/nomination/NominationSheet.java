package vn.tongket.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.tongket.conference.Conference;
import vn.tongket.document.RenderingGate;
import vn.tongket.document.SheetCells;
import vn.tongket.document.ZipInspection;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The consolidated list as a spreadsheet (Danh sách đề nghị khen thưởng), and the import of a sheet laid out the same
 * way: a header row starting "STT", section rows "I | TẬP THỂ" and "II | CÁ NHÂN", then one row per nominee.
 */
@ApplicationScoped
public class NominationSheet {

    static final String[] HEADERS = {"STT", "Tên tập thể / Họ và tên", "Chức vụ", "Cấp bậc", "Giới tính", "Năm sinh",
            "Cơ quan, đơn vị", "Cơ sở", "Đơn vị đề nghị", "Tóm tắt thành tích", "Số năm HTXSNV liên tục",
            "Số sáng kiến", "Bị kỷ luật"};
    static final String COLLECTIVES = "TẬP THỂ";
    static final String INDIVIDUALS = "CÁ NHÂN";
    private static final int HEADER_ROW = 3;
    private static final String[] COLUMNS = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"};
    private static final int[] MAX_LENGTH = {0, 300, 300, 100, 0, 0, 300, 0, 300, 10_000, 0, 0, 0};
    /** Rows read from a sheet at most (the plan's lists are a few dozen; a province's, a few hundred). */
    public static final int MAX_ROWS = 5000;
    /** Characters a cell may hold at most: the longest column (achievements) is 10,000. */
    public static final int MAX_CELL_CHARS = 10_000;
    /** Thousands of ordinary rows are a few MB of XML; 32 MB keeps what the reader holds well inside the heap. */
    public static final ZipInspection.Limits ZIP_LIMITS = new ZipInspection.Limits(1000, 32L * 1024 * 1024, 100);

    @Inject
    RenderingGate gate;

    /** Written in a rendering slot: the whole workbook is held in memory like a PDF. */
    public byte[] export(Conference conference, List<Nomination> collectives, List<Nomination> individuals) {
        return gate.run(() -> write(conference, collectives, individuals));
    }

    private static byte[] write(Conference conference, List<Nomination> collectives, List<Nomination> individuals) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Tong ket", "1.0");
            Worksheet ws = workbook.newWorksheet("Danh sách");
            ws.value(0, 0, "DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH");
            ws.range(0, 0, 0, HEADERS.length - 1).merge();
            ws.style(0, 0).bold().horizontalAlignment("center").set();
            ws.value(1, 0, conference.title);
            ws.range(1, 0, 1, HEADERS.length - 1).merge();
            ws.style(1, 0).italic().horizontalAlignment("center").set();
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(HEADER_ROW, c, HEADERS[c]);
                ws.style(HEADER_ROW, c).bold().wrapText(true).set();
            }
            int[] widths = {6, 32, 26, 12, 10, 10, 30, 8, 26, 60, 12, 10, 10};
            for (int c = 0; c < widths.length; c++) {
                ws.width(c, widths[c]);
            }
            int row = section(ws, HEADER_ROW + 1, "I", COLLECTIVES, collectives);
            section(ws, row, "II", INDIVIDUALS, individuals);
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int section(Worksheet ws, int row, String roman, String title, List<Nomination> nominations) {
        ws.value(row, 0, roman);
        ws.value(row, 1, title);
        ws.style(row, 0).bold().set();
        ws.style(row, 1).bold().set();
        int r = row + 1;
        int number = 1;
        for (Nomination n : nominations) {
            ws.value(r, 0, number++);
            ws.value(r, 1, n.nomineeName);
            ws.value(r, 2, n.position);
            ws.value(r, 3, n.rank);
            ws.value(r, 4, n.gender == null ? null : n.gender == Gender.MALE ? "Nam" : "Nữ");
            ws.value(r, 5, n.birthYear);
            ws.value(r, 6, n.organization.name);
            ws.value(r, 7, n.grassroots ? "x" : null);
            ws.value(r, 8, n.proposingUnit);
            ws.value(r, 9, n.achievements);
            ws.style(r, 9).wrapText(true).set();
            ws.value(r, 10, n.excellentYears);
            ws.value(r, 11, n.initiatives);
            ws.value(r, 12, n.disciplined ? "x" : null);
            r++;
        }
        return r;
    }

    /**
     * Every row validated; the requests when all are right, else every wrong cell at once. The workbook is read under
     * {@link #ZIP_LIMITS}, at most {@value #MAX_ROWS} rows and {@value #MAX_CELL_CHARS} characters a cell: beyond
     * them it is refused at once, before the rest is read.
     */
    public List<NominationRequest> parse(byte[] xlsx) {
        if (ZipInspection.entryNames(xlsx, ZIP_LIMITS).isEmpty()) {
            throw ProblemException.invalid("file", NominationMessages.class, m -> m.importUnreadable());
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row r = it.next();
                if (rows.size() == MAX_ROWS) {
                    throw ProblemException.invalid("file", NominationMessages.class, m -> m.importTooManyRows(MAX_ROWS));
                }
                rows.add(SheetCells.read(r, COLUMNS, MAX_CELL_CHARS,
                        (row, column, max) -> ProblemException.invalid("file", NominationMessages.class,
                                m -> m.importCellTooLarge(row, column, max))));
                numbers.add(r.getRowNum());
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", NominationMessages.class, m -> m.importUnreadable());
        }
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            if ("STT".equalsIgnoreCase(rows.get(i)[0])) {
                header = i;
            }
        }
        if (header < 0) {
            throw ProblemException.invalid("file", NominationMessages.class, m -> m.importNoHeader());
        }
        return requests(rows.subList(header + 1, rows.size()), numbers.subList(header + 1, numbers.size()));
    }

    private List<NominationRequest> requests(List<String[]> rows, List<Integer> numbers) {
        List<NominationRequest> requests = new ArrayList<>();
        List<ImportRejectedException.CellError> errors = new ArrayList<>();
        NominationKind kind = null;
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            int rowNum = numbers.get(i);
            if (isSection(c)) {
                kind = c[1].toUpperCase(Locale.ROOT).contains(COLLECTIVES) ? NominationKind.COLLECTIVE
                        : c[1].toUpperCase(Locale.ROOT).contains(INDIVIDUALS) ? NominationKind.INDIVIDUAL : null;
                continue;
            }
            if (SheetCells.blank(c)) {
                continue;
            }
            int before = errors.size();
            if (kind == null) {
                errors.add(error(rowNum, 0, NominationMessages::importNoSection));
            }
            check(errors, rowNum, c, kind);
            if (errors.size() == before) {
                requests.add(new NominationRequest(kind, c[1], c[2], c[3], gender(c[4]), year(c[5]), c[6],
                        c[7] != null, c[9], c[8], null, null, count(c[10]), count(c[11]), c[12] != null));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (requests.isEmpty()) {
            throw ProblemException.invalid("file", NominationMessages.class, m -> m.importEmpty());
        }
        return requests;
    }

    private static void check(List<ImportRejectedException.CellError> errors, int row, String[] c, NominationKind kind) {
        int[] required = kind == NominationKind.INDIVIDUAL ? new int[]{1, 2, 6, 9} : new int[]{1, 6, 9};
        for (int col : required) {
            if (c[col] == null) {
                errors.add(error(row, col, NominationMessages::importRequired));
            }
        }
        for (int col = 1; col < MAX_LENGTH.length; col++) {
            int max = MAX_LENGTH[col];
            if (max > 0 && c[col] != null && c[col].length() > max) {
                errors.add(error(row, col, m -> m.importTooLong(max)));
            }
        }
        if (c[4] != null && gender(c[4]) == null) {
            errors.add(error(row, 4, NominationMessages::importGender));
        }
        if (c[5] != null && year(c[5]) == null) {
            errors.add(error(row, 5, NominationMessages::importBirthYear));
        }
        for (int col = 10; col <= 11; col++) {
            if (c[col] != null && count(c[col]) == null) {
                errors.add(error(row, col, NominationMessages::importCount));
            }
        }
    }

    private static ImportRejectedException.CellError error(int row, int col, Function<NominationMessages, String> problem) {
        Function<String, String> text = language -> {
            NominationMessages m = Localization.bundle(NominationMessages.class, language);
            return m.importCell(row, COLUMNS[col], HEADERS[col], problem.apply(m));
        };
        return new ImportRejectedException.CellError(row, COLUMNS[col], text.apply(Localization.VIETNAMESE),
                text.apply(Localization.ENGLISH));
    }


    private static boolean isSection(String[] c) {
        return ("I".equals(c[0]) || "II".equals(c[0])) && c[1] != null;
    }


    private static Gender gender(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "nam", "male" -> Gender.MALE;
            case "nữ", "female" -> Gender.FEMALE;
            default -> null;
        };
    }

    /** A whole number of years or initiatives, 0 to 1000; null when the cell is empty or holds something else. */
    private static Integer count(String value) {
        if (value == null) {
            return null;
        }
        try {
            int n = new java.math.BigDecimal(value).intValueExact();
            return n >= 0 && n <= 1000 ? n : null;
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static Integer year(String value) {
        if (value == null) {
            return null;
        }
        try {
            int year = new java.math.BigDecimal(value).intValueExact();
            return year >= 1900 && year <= 2100 ? year : null;
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
