package vn.tongket.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.audit.AuditLog;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The summary report's outline: the plan's ten content areas created on demand, each owed by an organisation and
 * moving REQUESTED -> RECEIVED -> ACCEPTED (a received section may be returned to REQUESTED); anything else is 409.
 */
@ApplicationScoped
public class OutlineService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String AUDIT_TYPE = "report_section";

    /** Plan section II.1, items 1.1 to 1.10. */
    static final List<String> PLAN_AREAS = List.of(
            "Đánh giá khái quát đặc điểm, tình hình có liên quan đến việc triển khai, thực hiện công tác QPĐP năm {year}",
            "Công tác lãnh đạo, chỉ đạo, quản lý Nhà nước về quốc phòng",
            "Công tác tuyên truyền, phổ biến đường lối, quan điểm của Đảng, chính sách, pháp luật của Nhà nước về quốc phòng; thực hiện công tác GDQP&AN",
            "Công tác dân quân tự vệ; công tác tuyển chọn và gọi công dân nhập ngũ",
            "Công tác xây dựng kế hoạch và huy động lực lượng dự bị động viên; động viên nguồn lực bảo đảm cho quốc phòng; động viên bảo đảm nhu cầu quốc phòng năm đầu chiến tranh; động viên công nghiệp; chuyển tổ chức, hoạt động của địa phương từ thời bình sang thời chiến",
            "Xây dựng nền quốc phòng toàn dân, lực lượng vũ trang Nhân dân, phòng thủ quân khu, khu vực phòng thủ, công nghiệp quốc phòng, an ninh",
            "Chỉ đạo thực hiện việc kết hợp kinh tế - xã hội, an ninh, đối ngoại với quốc phòng; thực hiện phòng thủ dân sự",
            "Thực hiện nhiệm vụ khác theo quy định của pháp luật và cấp có thẩm quyền",
            "Công tác thanh tra, kiểm tra, sơ kết, tổng kết, báo cáo; thực hiện công tác thi đua khen thưởng; giải quyết khiếu nại, tố cáo, xử lý vi phạm công tác quốc phòng theo quy định của pháp luật",
            "Công tác thi đua, khen thưởng");

    /**
     * After the plan's ten areas, the rest of a report "tổng kết ... năm {year} và phương hướng, nhiệm vụ năm {next}"
     * (the plan's title and its section III.1: "chuẩn bị nội dung báo cáo tổng kết công tác QPĐP năm 2023 và phương
     * hướng, nhiệm vụ năm 2024"): the overall assessment of part I, part II (the coming year) and the proposals.
     * Numbers "2.x" belong to part I, "II.x" to part II, "III" is the last part (see {@link ReportSection#part()}).
     */
    static final List<List<String>> REPORT_REST = List.of(
            List.of("2.1", "Đánh giá chung: ưu điểm"),
            List.of("2.2", "Đánh giá chung: hạn chế"),
            List.of("2.3", "Đánh giá chung: nguyên nhân của ưu điểm, hạn chế"),
            List.of("2.4", "Đánh giá chung: bài học kinh nghiệm"),
            List.of("II.1", "Phương hướng chung năm {next}"),
            List.of("II.2", "Nhiệm vụ, giải pháp trọng tâm năm {next}"),
            List.of("III", "Kiến nghị, đề xuất"));

    @Inject
    ConferenceService conferences;

    @Inject
    UploadedFiles files;

    @Inject
    AuditLog audit;

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    public List<ReportSection> outline(long conferenceId) {
        conferences.get(conferenceId);
        return ReportSection.listByConference(conferenceId);
    }

    /**
     * Creates the plan's ten areas, then the assessment, part II and the proposals ({@link #REPORT_REST}), all owed by
     * the provincial military command one week before the conference.
     */
    @Transactional
    public List<ReportSection> createFromPlan(long conferenceId) {
        Conference c = conferences.lock(conferenceId);
        if (ReportSection.count("conferenceId", conferenceId) > 0) {
            throw ProblemException.conflict(PreparationMessages.class, m -> m.outlineExists());
        }
        for (int i = 0; i < PLAN_AREAS.size(); i++) {
            ReportSection s = new ReportSection();
            s.conferenceId = conferenceId;
            s.position = i + 1;
            s.number = "1." + (i + 1);
            s.title = PLAN_AREAS.get(i).replace("{year}", String.valueOf(c.reviewYear));
            s.ownerOrganization = "Bộ CHQS tỉnh";
            s.dueOn = c.startsAt.toLocalDate().minusDays(7);
            s.persist();
        }
        for (int i = 0; i < REPORT_REST.size(); i++) {
            ReportSection s = new ReportSection();
            s.conferenceId = conferenceId;
            s.position = PLAN_AREAS.size() + i + 1;
            s.number = REPORT_REST.get(i).get(0);
            s.title = REPORT_REST.get(i).get(1).replace("{next}", String.valueOf(c.reviewYear + 1));
            s.ownerOrganization = "Bộ CHQS tỉnh";
            s.dueOn = c.startsAt.toLocalDate().minusDays(7);
            s.persist();
        }
        return ReportSection.listByConference(conferenceId);
    }

    @Transactional
    public ReportSection add(long conferenceId, SectionRequest request) {
        conferences.lock(conferenceId);
        ReportSection s = new ReportSection();
        s.conferenceId = conferenceId;
        s.position = ReportSection.listByConference(conferenceId).stream().mapToInt(x -> x.position).max().orElse(0) + 1;
        apply(s, request);
        s.persist();
        return s;
    }

    @Transactional
    public ReportSection update(long conferenceId, long sectionId, SectionRequest request) {
        ReportSection s = lock(conferenceId, sectionId);
        apply(s, request);
        return s;
    }

    @Transactional
    public void delete(long conferenceId, long sectionId) {
        lock(conferenceId, sectionId).delete();
    }

    @Transactional
    public ReportSection receiveText(long conferenceId, long sectionId, String text) {
        ReportSection s = lock(conferenceId, sectionId);
        require(s, "receive", SectionState.REQUESTED, SectionState.RECEIVED);
        s.receivedText = Text.clean(text);
        return received(s);
    }

    @Transactional
    public ReportSection receiveFile(long conferenceId, long sectionId, String fileName, byte[] content) {
        PrepFile f = files.accept(conferenceId, fileName, content, audit.currentActor());
        ReportSection s = lock(conferenceId, sectionId);
        require(s, "receive", SectionState.REQUESTED, SectionState.RECEIVED);
        f.persist();
        s.file = f;
        return received(s);
    }

    @Transactional
    public ReportSection accept(long conferenceId, long sectionId) {
        ReportSection s = lock(conferenceId, sectionId);
        require(s, "accept", SectionState.RECEIVED);
        return move(s, "accept", SectionState.ACCEPTED);
    }

    /** Back to its owner: the received text or file stays for reference until a new one arrives. */
    @Transactional
    public ReportSection giveBack(long conferenceId, long sectionId) {
        ReportSection s = lock(conferenceId, sectionId);
        require(s, "return", SectionState.RECEIVED, SectionState.ACCEPTED);
        return move(s, "return", SectionState.REQUESTED);
    }

    public ReportSection get(long conferenceId, long sectionId) {
        ReportSection s = ReportSection.findById(sectionId);
        if (s == null || !s.conferenceId.equals(conferenceId)) {
            throw ProblemException.notFound(PreparationMessages.class, m -> m.sectionNotFound(sectionId));
        }
        return s;
    }

    public PrepFile file(long conferenceId, long sectionId) {
        PrepFile f = get(conferenceId, sectionId).file;
        if (f == null) {
            throw ProblemException.notFound(PreparationMessages.class, m -> m.fileNotFound());
        }
        return f;
    }

    private ReportSection received(ReportSection s) {
        s.receivedAt = Instant.now();
        return move(s, "receive", SectionState.RECEIVED);
    }

    private ReportSection move(ReportSection s, String action, SectionState to) {
        audit.record(AUDIT_TYPE, s.id, action, s.state.name(), to.name(), null);
        s.state = to;
        return s;
    }

    private static void require(ReportSection s, String action, SectionState... allowed) {
        if (!Set.of(allowed).contains(s.state)) {
            throw ProblemException.conflict(PreparationMessages.class, m -> m.sectionTransitionRefused(
                    s.number, m.sectionState(s.state), actionLabel(m, action)));
        }
    }

    private static String actionLabel(PreparationMessages m, String action) {
        return switch (action) {
            case "accept" -> m.actionAccept();
            case "return" -> m.actionReturn();
            default -> m.actionReceive();
        };
    }

    private ReportSection lock(long conferenceId, long sectionId) {
        conferences.lock(conferenceId);
        return get(conferenceId, sectionId);
    }

    private static void apply(ReportSection s, SectionRequest r) {
        s.number = Text.clean(r.number());
        s.title = Text.clean(r.title());
        s.ownerOrganization = Text.clean(r.ownerOrganization());
        s.dueOn = r.dueOn();
    }
}
