package vn.tongket.invitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

/** The attendance list (danh sách đại biểu tham dự) as PDF and XLSX: answer, substitute and arrival per invitation. */
@ApplicationScoped
public class AttendanceList {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> HEADERS = List.of("STT", "Số giấy mời", "Họ và tên", "Chức vụ", "Đơn vị",
            "Trả lời", "Người đi thay", "Giờ đến");

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
                    i.checkedInAt == null ? "" : InvitationService.localTime(i.checkedInAt));
        }).toList();
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
            sheet.value(0, 0, "DANH SÁCH ĐẠI BIỂU THAM DỰ");
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, c.title);
            for (int col = 0; col < HEADERS.size(); col++) {
                sheet.value(3, col, HEADERS.get(col));
                sheet.style(3, col).bold().set();
            }
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
            }
            sheet.width(2, 28);
            sheet.width(3, 28);
            sheet.width(4, 28);
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
