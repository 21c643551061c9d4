package vn.tongket.invitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.document.PdfRenderer;
import vn.tongket.document.RenderingGate;
import vn.tongket.web.Localization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The attendance list (danh sách đại biểu tham dự) as PDF and XLSX: answer, substitute and arrival per invitation,
 * and an empty "Ký tên" column so the printed list doubles as the sign-in sheet at the door.
 */
@ApplicationScoped
public class AttendanceList {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> HEADERS = List.of("STT", "Số giấy mời", "Họ và tên", "Chức vụ", "Đơn vị",
            "Trả lời", "Người đi thay", "Giờ đến", "Ký tên");
    /** The documents' typeface (see PdfRenderer), so the spreadsheet prints like the PDF. */
    private static final String FONT = "Times New Roman";
    static final int FONT_SIZE = 12;
    /** Column widths in characters: wide enough that a number or a time never breaks over two lines. */
    private static final List<Integer> WIDTHS = List.of(6, 12, 26, 24, 28, 16, 24, 17, 18);

    /** One line of the list, as plain text. */
    public record Row(int index, String number, String name, String position, String organization, String answer,
                      String substitute, String arrival) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Conference conference, List<Row> rows, AttendanceCounts counts);
    }

    @Inject
    InvitationService service;

    @Inject
    ConferenceService conferences;

    @Inject
    PdfRenderer pdf;

    @Inject
    RenderingGate gate;

    public List<Row> rows(long conferenceId) {
        // The list at the door: withdrawn letters are not expected.
        List<Invitation> invitations = service.list(conferenceId).stream().filter(i -> !i.withdrawn()).toList();
        InvitationMessages m = Localization.bundle(InvitationMessages.class, Localization.VIETNAMESE);
        return java.util.stream.IntStream.range(0, invitations.size()).mapToObj(n -> {
            Invitation i = invitations.get(n);
            String substitute = i.substituteName == null ? "" : i.substituteName + ", " + i.substitutePosition;
            return new Row(n + 1, i.numberLabel(), i.delegate.fullName, nz(i.delegate.position),
                    nz(i.delegate.organizationName()),
                    i.answer == null ? "Chưa trả lời" : m.answer(i.answer), substitute,
                    arrival(i));
        }).toList();
    }

    /** A paper signature was entered afterwards: its time is the clerk's, not the delegate's arrival. */
    private static String arrival(Invitation i) {
        if (i.checkedInAt == null) {
            return "";
        }
        return i.checkedInSource == CheckInSource.PAPER ? "Ký trên giấy" : InvitationService.localTime(i.checkedInAt);
    }

    public byte[] pdf(long conferenceId) {
        return pdf.render(Templates.list(conferences.get(conferenceId), rows(conferenceId), AttendanceCounts.forConference(conferenceId)).render());
    }

    /** Written in a rendering slot: a spreadsheet of every delegate is held in memory like a PDF. */
    public byte[] xlsx(long conferenceId) {
        Conference c = conferences.get(conferenceId);
        List<Row> rows = rows(conferenceId);
        return gate.run(() -> xlsx(c, rows));
    }

    private static byte[] xlsx(Conference c, List<Row> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Tong ket", "1.0");
            Worksheet sheet = workbook.newWorksheet("Tham dự");
            sheet.pageOrientation("landscape");
            sheet.paperSize(PaperSize.A4_PAPER);
            sheet.setFitToPage(true);
            sheet.fitToWidth((short) 1);
            sheet.fitToHeight((short) 0);
            sheet.repeatRows(3);
            int last = HEADERS.size() - 1;
            heading(sheet, 0, last, "DANH SÁCH ĐẠI BIỂU THAM DỰ", 14, true);
            heading(sheet, 1, last, c.title, FONT_SIZE, false);
            for (int col = 0; col < HEADERS.size(); col++) {
                sheet.width(col, WIDTHS.get(col));
                sheet.value(3, col, HEADERS.get(col));
            }
            font(sheet.range(3, 0, 3, last).style()).bold().horizontalAlignment("center").verticalAlignment("center")
                    .wrapText(true).borderStyle(BorderStyle.THIN).set();
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                int y = 4 + r;
                sheet.value(y, 0, row.index());
                sheet.value(y, 1, row.number());
                sheet.value(y, 2, row.name());
                sheet.value(y, 3, row.position());
                sheet.value(y, 4, row.organization());
                sheet.value(y, 5, row.answer());
                sheet.value(y, 6, row.substitute());
                sheet.value(y, 7, row.arrival());
                // A signature needs room: a taller row than the text alone would take.
                sheet.rowHeight(y, 30);
            }
            if (!rows.isEmpty()) {
                font(sheet.range(4, 2, 3 + rows.size(), 6).style()).wrapText(true).verticalAlignment("center")
                        .borderStyle(BorderStyle.THIN).set();
                for (int col : List.of(0, 1, 7, 8)) {
                    font(sheet.range(4, col, 3 + rows.size(), col).style()).wrapText(false).horizontalAlignment("center")
                            .verticalAlignment("center").borderStyle(BorderStyle.THIN).set();
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A merged, centred heading row in the documents' font; the attendance report's sheet uses it too. */
    static void heading(Worksheet sheet, int row, int last, String text, int size, boolean bold) {
        sheet.value(row, 0, text);
        sheet.range(row, 0, row, last).merge();
        StyleSetter style = sheet.range(row, 0, row, last).style().fontName(FONT).fontSize(size)
                .horizontalAlignment("center");
        (bold ? style.bold() : style.italic()).set();
    }

    static StyleSetter font(StyleSetter style) {
        return style.fontName(FONT).fontSize(FONT_SIZE);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
