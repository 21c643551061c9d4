package vn.tongket.invitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.tongket.conference.Conference;
import vn.tongket.delegate.DelegateCategory;
import vn.tongket.document.PdfRenderer;
import vn.tongket.document.RenderingGate;
import vn.tongket.document.VietnameseDates;
import vn.tongket.preparation.DocumentHead;
import vn.tongket.preparation.DocumentHeads;
import vn.tongket.web.Localization;
import vn.tongket.web.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Attendance by group after the conference (the record kept as proof of who attended): per delegate category the
 * invited, present, absent with excuse (declined before the conference day), absent without excuse (accepted or no
 * answer, and not checked in) and those present through a substitute; then the names. Invited = present + absent
 * with excuse + absent without excuse; substitutes are counted within present.
 */
@ApplicationScoped
public class AttendanceReport {

    /** One group's figures; {@code group} is the category's code, {@code label} its name in the reader's language. */
    public record Group(String group, String label, long invited, long present, long absentExcused,
                        long absentUnexcused, long substitutes) {
    }

    /** GET /api/conferences/{id}/attendance/report. */
    public record Report(List<Group> groups, Group total) {
    }

    /** A name in the lists under the table: the delegate, with the substitute who came in their place. */
    public record Person(String name, String position, String organization, String group, String substitute) {
    }

    /** What the PDF prints. */
    public record Document(Conference conference, DocumentHeads.Head head, Report report, List<Person> excused,
                           List<Person> unexcused, List<Person> substituted) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Document doc);
    }

    private static final List<String> HEADERS = List.of("STT", "Thành phần", "Được mời", "Có mặt",
            "Vắng có lý do", "Vắng không lý do", "Trong đó đi thay");

    @Inject
    InvitationService service;

    @Inject
    DocumentHeads heads;

    @Inject
    vn.tongket.conference.ConferenceService conferences;

    @Inject
    PdfRenderer pdf;

    @Inject
    RenderingGate gate;

    private enum Presence { PRESENT, EXCUSED, UNEXCUSED }

    public Report report(long conferenceId, Messages msg, InvitationMessages m) {
        Conference c = conferences.get(conferenceId);
        return build(service.list(conferenceId), dayStart(c), msg, m);
    }

    public Document document(long conferenceId) {
        Conference c = conferences.get(conferenceId);
        List<Invitation> invitations = active(service.list(conferenceId));
        Messages msg = Localization.messages(Localization.VIETNAMESE);
        InvitationMessages m = Localization.bundle(InvitationMessages.class, Localization.VIETNAMESE);
        Instant dayStart = dayStart(c);
        DocumentHeads.Head stored = heads.head(conferenceId, DocumentHead.Kind.REPORT);
        // The report's issuer and signer, dated the conference day: it records that day, whatever the report's date.
        DocumentHeads.Head head = new DocumentHeads.Head(stored.kind(), stored.issuer(), null, null, null,
                VietnameseDates.dateLine(c.place, c.startsAt.toLocalDate()), stored.signerTitle(), stored.signerName(),
                List.of(), stored.stored());
        List<Person> excused = new ArrayList<>();
        List<Person> unexcused = new ArrayList<>();
        List<Person> substituted = new ArrayList<>();
        for (Invitation i : invitations) {
            Person p = new Person(i.delegate.fullName, AttendanceList.nz(i.delegate.position), AttendanceList.nz(i.delegate.organizationName()),
                    msg.delegateCategory(i.delegate.category), i.substituteName == null ? ""
                    : i.substituteName + (i.substitutePosition == null ? "" : ", " + i.substitutePosition));
            switch (presence(i, dayStart)) {
                case EXCUSED -> excused.add(p);
                case UNEXCUSED -> unexcused.add(p);
                case PRESENT -> {
                    if (substitute(i)) {
                        substituted.add(p);
                    }
                }
            }
        }
        return new Document(c, head, build(invitations, dayStart, msg, m), excused, unexcused, substituted);
    }

    public byte[] pdf(long conferenceId) {
        Document doc = document(conferenceId);
        return pdf.render(Templates.report(doc).render());
    }

    /** Written in a rendering slot, like the attendance list's spreadsheet. */
    public byte[] xlsx(long conferenceId) {
        Document doc = document(conferenceId);
        return gate.run(() -> xlsx(doc));
    }

    private static List<Invitation> active(List<Invitation> all) {
        return all.stream().filter(i -> !i.withdrawn()).toList();
    }

    private static Report build(List<Invitation> all, Instant dayStart, Messages msg, InvitationMessages m) {
        Map<DelegateCategory, long[]> figures = new EnumMap<>(DelegateCategory.class);
        for (Invitation i : active(all)) {
            long[] f = figures.computeIfAbsent(i.delegate.category, k -> new long[5]);
            f[0]++;
            Presence presence = presence(i, dayStart);
            f[1 + presence.ordinal()]++;
            if (presence == Presence.PRESENT && substitute(i)) {
                f[4]++;
            }
        }
        long[] sum = new long[5];
        List<Group> groups = new ArrayList<>();
        figures.forEach((category, f) -> {
            groups.add(new Group(category.name(), msg.delegateCategory(category), f[0], f[1], f[2], f[3], f[4]));
            for (int k = 0; k < 5; k++) {
                sum[k] += f[k];
            }
        });
        return new Report(groups, new Group("TOTAL", m.reportTotal(), sum[0], sum[1], sum[2], sum[3], sum[4]));
    }

    private static Presence presence(Invitation i, Instant dayStart) {
        if (i.checkedInAt != null) {
            return Presence.PRESENT;
        }
        return i.answer == Answer.DECLINE && i.answeredAt != null && i.answeredAt.isBefore(dayStart)
                ? Presence.EXCUSED : Presence.UNEXCUSED;
    }

    private static boolean substitute(Invitation i) {
        return i.answer == Answer.DELEGATE && i.substituteName != null;
    }

    private static Instant dayStart(Conference c) {
        return c.startsAt.toLocalDate().atStartOfDay(Conference.ZONE).toInstant();
    }

    private static byte[] xlsx(Document doc) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Tong ket", "1.0");
            Worksheet sheet = workbook.newWorksheet("Điểm danh");
            sheet.pageOrientation("landscape");
            sheet.paperSize(PaperSize.A4_PAPER);
            sheet.setFitToPage(true);
            sheet.fitToWidth((short) 1);
            sheet.fitToHeight((short) 0);
            int last = HEADERS.size() - 1;
            AttendanceList.heading(sheet, 0, last, "BÁO CÁO KẾT QUẢ ĐIỂM DANH ĐẠI BIỂU", 14, true);
            AttendanceList.heading(sheet, 1, last, doc.conference().title, AttendanceList.FONT_SIZE, false);
            AttendanceList.heading(sheet, 2, last, doc.head().dateLine(), AttendanceList.FONT_SIZE, false);
            List<Integer> widths = List.of(6, 40, 12, 12, 16, 18, 18);
            for (int col = 0; col < HEADERS.size(); col++) {
                sheet.width(col, widths.get(col));
                sheet.value(4, col, HEADERS.get(col));
            }
            AttendanceList.font(sheet.range(4, 0, 4, last).style()).bold().horizontalAlignment("center").verticalAlignment("center")
                    .wrapText(true).borderStyle(BorderStyle.THIN).set();
            int y = 5;
            int n = 1;
            for (Group g : doc.report().groups()) {
                groupRow(sheet, y++, String.valueOf(n++), g);
            }
            groupRow(sheet, y, null, doc.report().total());
            AttendanceList.font(sheet.range(5, 0, y, last).style()).verticalAlignment("center").wrapText(true)
                    .borderStyle(BorderStyle.THIN).set();
            AttendanceList.font(sheet.range(y, 0, y, last).style()).bold().verticalAlignment("center").borderStyle(BorderStyle.THIN).set();
            y += 2;
            y = names(sheet, y, last, "I. VẮNG CÓ LÝ DO (" + doc.excused().size() + ")", doc.excused(), false);
            y = names(sheet, y, last, "II. VẮNG KHÔNG LÝ DO (" + doc.unexcused().size() + ")", doc.unexcused(), false);
            names(sheet, y, last, "III. ĐI THAY (" + doc.substituted().size() + ")", doc.substituted(), true);
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void groupRow(Worksheet sheet, int y, String index, Group g) {
        if (index != null) {
            sheet.value(y, 0, index);
        }
        sheet.value(y, 1, g.label());
        sheet.value(y, 2, g.invited());
        sheet.value(y, 3, g.present());
        sheet.value(y, 4, g.absentExcused());
        sheet.value(y, 5, g.absentUnexcused());
        sheet.value(y, 6, g.substitutes());
    }

    /** A titled list of names from row {@code y}; returns the row after it and a blank line. */
    private static int names(Worksheet sheet, int y, int last, String title, List<Person> people, boolean substitutes) {
        sheet.value(y, 0, title);
        AttendanceList.font(sheet.range(y, 0, y, last).style()).bold().set();
        y++;
        for (int k = 0; k < people.size(); k++) {
            Person p = people.get(k);
            sheet.value(y, 0, k + 1);
            sheet.value(y, 1, p.name() + (substitutes ? " – người đi thay: " + p.substitute()
                    : (p.position().isEmpty() ? "" : ", " + p.position())));
            sheet.value(y, 4, p.organization());
            sheet.range(y, 1, y, 3).merge();
            sheet.range(y, 4, y, last).merge();
            AttendanceList.font(sheet.range(y, 0, y, last).style()).wrapText(true).verticalAlignment("center").set();
            y++;
        }
        return y + 1;
    }
}
