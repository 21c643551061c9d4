package vn.tongket.demo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.TongketConfig;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceRequest;
import vn.tongket.conference.ConferenceService;
import vn.tongket.delegate.DelegateCategory;
import vn.tongket.delegate.DelegateRequest;
import vn.tongket.delegate.DelegateService;
import vn.tongket.delegate.OrganizationLevel;
import vn.tongket.delegate.OrganizationService;
import vn.tongket.council.CouncilDemoData;
import vn.tongket.nomination.NominationDemoData;
import vn.tongket.security.Role;
import vn.tongket.security.UserService;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

/**
 * At start-up: the first administrator from TONGKET_ADMIN_PASSWORD, and in demo mode (TONGKET_DEMO=true) the demo
 * accounts and the seed plan's conference (Bắc Giang, 08/12/2023). Idempotent: a restart adds nothing twice.
 */
@ApplicationScoped
public class DemoData {

    public static final String SEED_TITLE = "Hội nghị tổng kết công tác quốc phòng địa phương năm 2023 và phương hướng, nhiệm vụ năm 2024";

    @Inject
    TongketConfig config;

    @Inject
    UserService users;

    @Inject
    ConferenceService conferences;

    @Inject
    DelegateService delegates;

    @Inject
    OrganizationService organizations;

    @Inject
    NominationDemoData nominations;

    @Inject
    CouncilDemoData council;

    void onStart(@Observes StartupEvent event) {
        config.adminPassword().filter(p -> !p.isBlank()).ifPresent(password -> {
            if (!users.anyAdmin() && users.createIfAbsent("admin", password, "Quản trị hệ thống", EnumSet.of(Role.ADMIN))) {
                Log.info("Created the first administrator 'admin' from TONGKET_ADMIN_PASSWORD");
            }
        });
        if (!config.demo()) {
            return;
        }
        Log.warn("Demo mode is on (TONGKET_DEMO=true): demo accounts with published passwords exist. Never use it in production.");
        users.createIfAbsent("admin", "demo-admin", "Quản trị hệ thống", EnumSet.of(Role.ADMIN));
        users.createIfAbsent("bochqs", "demo-bochqs", "Trợ lý Phòng Tham mưu, Bộ CHQS tỉnh", EnumSet.of(Role.ORGANIZER));
        users.createIfAbsent("sonoivu", "demo-sonoivu", "Chuyên viên Ban Thi đua – Khen thưởng, Sở Nội vụ", EnumSet.of(Role.REVIEWER));
        users.createIfAbsent("vpubnd", "demo-vpubnd", "Chuyên viên Văn phòng UBND tỉnh", EnumSet.of(Role.APPROVER));
        seedConference();
        nominations.seed(SEED_TITLE);
        council.seed(SEED_TITLE);
        nominations.advance(SEED_TITLE);
    }

    @Transactional
    void seedConference() {
        if (Conference.count("title", SEED_TITLE) > 0) {
            return;
        }
        Conference c = conferences.create(new ConferenceRequest(SEED_TITLE, 2023,
                LocalDateTime.of(2023, 12, 8, 7, 30), LocalDateTime.of(2023, 12, 8, 11, 30),
                new ConferenceRequest.Venue("Hội trường Bộ CHQS tỉnh",
                        "Đường Võ Nguyên Giáp, xã Tân Mỹ, thành phố Bắc Giang, tỉnh Bắc Giang"),
                "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Bắc Giang", true));
        // Registered by the văn thư, so that the demo's letters are not drafts.
        c.letterNumber = 7;
        c.letterIssuedOn = java.time.LocalDate.of(2023, 12, 1);
        organizations.create("Cục Dân quân tự vệ, Bộ Tổng Tham mưu", OrganizationLevel.CENTRAL, false, 10);
        organizations.create("Bộ Tư lệnh Quân khu 1", OrganizationLevel.MILITARY_REGION, false, 20);
        organizations.create("Tỉnh ủy Bắc Giang", OrganizationLevel.PROVINCE, false, 30);
        organizations.create("UBND tỉnh Bắc Giang", OrganizationLevel.PROVINCE, false, 40);
        int precedence = 10;
        for (String[] row : DELEGATES) {
            delegates.add(c.id, new DelegateRequest(row[1], row[2], row[3], row[4], null,
                    DelegateCategory.valueOf(row[0]), precedence));
            precedence += 10;
        }
        Log.infof("Demo conference seeded: %s (%d delegates)", SEED_TITLE, DELEGATES.size());
    }

    /**
     * The plan's composition (section II.2): guests, then the conference's participants. Every name is invented: none
     * is that of a real official of the province or the military region.
     */
    private static final List<String[]> DELEGATES = List.of(
            new String[]{"GUEST", "Phùng Văn Khiêm", "Phó Cục trưởng", "Cục Dân quân tự vệ, Bộ Tổng Tham mưu", "pvkhiem@cucdqtv.demo.vn"},
            new String[]{"GUEST", "Đoàn Minh Khôi", "Phó Tư lệnh", "Bộ Tư lệnh Quân khu 1", "dmkhoi@qk1.demo.vn"},
            new String[]{"GUEST", "Tống Văn Huấn", "Phó Chủ nhiệm Chính trị", "Bộ Tư lệnh Quân khu 1", "tvhuan@qk1.demo.vn"},
            new String[]{"GUEST", "Lã Thị Hằng Nga", "Trưởng phòng Dân quân tự vệ", "Bộ Tham mưu Quân khu 1", "lthnga@qk1.demo.vn"},
            // Thường trực Tỉnh ủy, HĐND, UBND tỉnh lead the participants, in the plan's order (section II.2.b).
            new String[]{"PARTICIPANT", "Hoàng Minh Tiến", "Bí thư Tỉnh ủy", "Tỉnh ủy Bắc Giang", "hmtien@tinhuy.demo.vn"},
            new String[]{"PARTICIPANT", "Cao Thị Thanh Hoa", "Chủ tịch HĐND tỉnh", "HĐND tỉnh Bắc Giang", "ctthoa@hdnd.demo.vn"},
            new String[]{"PARTICIPANT", "Vũ Đình Khương", "Chủ tịch UBND tỉnh", "UBND tỉnh Bắc Giang", "vdkhuong@ubnd.demo.vn"},
            new String[]{"PARTICIPANT", "Quách Văn Thịnh", "Phó Chủ tịch Thường trực UBND tỉnh", "UBND tỉnh Bắc Giang", "qvthinh@ubnd.demo.vn"},
            new String[]{"PARTICIPANT", "Nguyễn Thị Thu Hà", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Bắc Giang", "ntthuha@mttq.demo.vn"},
            new String[]{"PARTICIPANT", "Hoàng Văn Đức", "Chánh Văn phòng", "Văn phòng Tỉnh ủy Bắc Giang", "hvduc@vptu.demo.vn"},
            new String[]{"PARTICIPANT", "Vũ Minh Tuấn", "Chánh Văn phòng", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "vmtuan@vpdbqh.demo.vn"},
            new String[]{"PARTICIPANT", "Đỗ Thị Lan", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy", "dtlan@btg.demo.vn"},
            new String[]{"PARTICIPANT", "Bùi Quang Huy", "Hiệu trưởng", "Trường Chính trị tỉnh", "bqhuy@tct.demo.vn"},
            new String[]{"PARTICIPANT", "Ngô Văn Bình", "Giám đốc", "Sở Nội vụ", "nvbinh@snv.demo.vn"},
            new String[]{"PARTICIPANT", "Trịnh Thị Mai", "Giám đốc", "Sở Tài chính", "ttmai@stc.demo.vn"},
            new String[]{"PARTICIPANT", "Phan Văn Long", "Giám đốc", "Sở Kế hoạch và Đầu tư", "pvlong@skhdt.demo.vn"},
            new String[]{"PARTICIPANT", "Đinh Công Sơn", "Giám đốc", "Sở Giáo dục và Đào tạo", "dcson@sgddt.demo.vn"},
            new String[]{"PARTICIPANT", "Lương Thị Thu", "Chánh Văn phòng", "Văn phòng UBND tỉnh", "ltthu@vpubnd.demo.vn"},
            new String[]{"PARTICIPANT", "Khổng Văn Hải", "Giám đốc", "Công an tỉnh Bắc Giang", "kvhai@ca.demo.vn"},
            new String[]{"PARTICIPANT", "Trần Văn Khải", "Cục trưởng", "Cục Thuế tỉnh Bắc Giang", "tvkhai@thue.demo.vn"},
            new String[]{"PARTICIPANT", "Đàm Quang Toản", "Chỉ huy trưởng", "Bộ CHQS tỉnh Bắc Giang", "dqtoan@bochqs.demo.vn"},
            new String[]{"PARTICIPANT", "Triệu Đức Lâm", "Chính ủy", "Bộ CHQS tỉnh Bắc Giang", "tdlam@bochqs.demo.vn"},
            new String[]{"PARTICIPANT", "Lý Văn Nam", "Tham mưu trưởng", "Bộ CHQS tỉnh Bắc Giang", "lvnam@bochqs.demo.vn"},
            new String[]{"PARTICIPANT", "Nguyễn Thế Anh", "Chủ nhiệm Chính trị", "Bộ CHQS tỉnh Bắc Giang", "ntanh@bochqs.demo.vn"},
            new String[]{"PARTICIPANT", "Vương Đình Khánh", "Chỉ huy trưởng", "Ban CHQS huyện Lục Nam", "vdkhanh@lucnam.demo.vn"},
            new String[]{"PARTICIPANT", "Nông Văn Phúc", "Chính trị viên", "Ban CHQS huyện Lục Ngạn", "nvphuc@lucngan.demo.vn"},
            new String[]{"PARTICIPANT", "Chu Thị Ngọc", "Phó Chủ tịch UBND", "UBND huyện Yên Thế", "ctngoc@yenthe.demo.vn"},
            new String[]{"PARTICIPANT", "Tạ Quang Vinh", "Chủ tịch UBND", "UBND thành phố Bắc Giang", "tqvinh@tpbg.demo.vn"},
            new String[]{"PARTICIPANT", "Đặng Văn Lực", "Trưởng Công an", "Công an huyện Hiệp Hòa", "dvluc@hiephoa.demo.vn"},
            new String[]{"PARTICIPANT", "Kiều Thị Hạnh", "Chánh Văn phòng HĐND và UBND", "UBND huyện Tân Yên", "kthanh@tanyen.demo.vn"},
            new String[]{"PARTICIPANT", "Hoàng Thị Yến", "Chủ tịch UBND", "Xã Tân Mỹ", "htyen@xatanmy.demo.vn"},
            new String[]{"PARTICIPANT", "Lục Văn Chiến", "Chỉ huy trưởng Ban CHQS", "Xã Đông Sơn", "lvchien@dongson.demo.vn"});
}
