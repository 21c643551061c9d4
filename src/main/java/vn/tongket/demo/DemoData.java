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
 * accounts, the seed plan's conference (Bắc Giang, 08/12/2023) and a conference in the two-level form of local
 * government (Bắc Ninh after the 2025 merger, 10/12/2026). Idempotent: a restart adds nothing twice.
 */
@ApplicationScoped
public class DemoData {

    /** The demo's Chairman of the provincial People's Committee, who presides. */
    static final String PRESIDING = "Vũ Đình Khương";

    public static final String SEED_TITLE = "Hội nghị tổng kết công tác quốc phòng địa phương năm 2023 và phương hướng, nhiệm vụ năm 2024";

    /** The second demo conference, after the 2025 reform: province and commune levels, regional defence commands. */
    public static final String TWO_LEVEL_TITLE = "Hội nghị tổng kết công tác quốc phòng địa phương năm 2026 và phương hướng, nhiệm vụ năm 2027";

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
        users.createIfAbsent("sotaichinh", "demo-sotaichinh", "Chuyên viên Phòng Quản lý ngân sách, Sở Tài chính",
                EnumSet.of(Role.FINANCE));
        seedConference();
        nominations.seed(SEED_TITLE);
        council.seed(SEED_TITLE);
        nominations.advance(SEED_TITLE);
        seedTwoLevelConference();
    }

    @Transactional
    void seedConference() {
        if (Conference.count("title", SEED_TITLE) > 0) {
            return;
        }
        Conference c = conferences.create(new ConferenceRequest(SEED_TITLE, 2023,
                LocalDateTime.of(2023, 12, 8, 7, 30), LocalDateTime.of(2023, 12, 8, 11, 30),
                new ConferenceRequest.Venue("Hội trường Bộ Chỉ huy Quân sự tỉnh",
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
            var d = delegates.add(c.id, new DelegateRequest(row[1], row[2], row[3], row[4], null,
                    DelegateCategory.valueOf(row[0]), precedence, row[5], row[6], !row[7].isEmpty(), null));
            // The Chairman presides: he gets no letter, the letters and the introduction list name him.
            if (row[1].equals(PRESIDING)) {
                c.presidingDelegateId = d.id;
            }
            precedence += 10;
        }
        // The Standing Vice-Chairman signs the letter and the decision for the Chairman (KT. CHỦ TỊCH); the
        // command's commander signs its documents.
        c.signerName = "Quách Văn Thịnh";
        c.commandSignerName = "Đàm Quang Toản";
        Log.infof("Demo conference seeded: %s (%d delegates)", SEED_TITLE, DELEGATES.size());
    }

    /**
     * The same conference two years on, after the reform of 2025: Bắc Giang merged into Bắc Ninh (its administrative
     * centre stays in the former Bắc Giang city), no district level, regional defence commands in place of the
     * district military commands. Its page shows no reform warning: every unit is of the two-level form.
     */
    @Transactional
    void seedTwoLevelConference() {
        if (Conference.count("title", TWO_LEVEL_TITLE) > 0) {
            return;
        }
        Conference c = conferences.create(new ConferenceRequest(TWO_LEVEL_TITLE, 2026,
                LocalDateTime.of(2026, 12, 10, 7, 30), LocalDateTime.of(2026, 12, 10, 11, 30),
                new ConferenceRequest.Venue("Hội trường Bộ CHQS tỉnh",
                        "Đường Võ Nguyên Giáp, phường Bắc Giang, tỉnh Bắc Ninh"),
                "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Bắc Ninh", true));
        organizations.create("Tỉnh ủy Bắc Ninh", OrganizationLevel.PROVINCE, false, 30);
        organizations.create("UBND tỉnh Bắc Ninh", OrganizationLevel.PROVINCE, false, 40);
        organizations.create("Bộ CHQS tỉnh Bắc Ninh", OrganizationLevel.PROVINCE, false, 50);
        organizations.create("Ban Chỉ huy Phòng thủ khu vực 1, Bộ CHQS tỉnh Bắc Ninh",
                OrganizationLevel.REGIONAL_DEFENCE_COMMAND, false, 60);
        organizations.create("Ban Chỉ huy Phòng thủ khu vực 2, Bộ CHQS tỉnh Bắc Ninh",
                OrganizationLevel.REGIONAL_DEFENCE_COMMAND, false, 61);
        organizations.create("UBND xã Lục Nam", OrganizationLevel.COMMUNE, true, 70);
        organizations.create("Ban Chỉ huy quân sự xã Lạng Giang", OrganizationLevel.COMMUNE, true, 71);
        organizations.create("UBND phường Kinh Bắc", OrganizationLevel.WARD, true, 72);
        int precedence = 10;
        for (String[] row : TWO_LEVEL_DELEGATES) {
            delegates.add(c.id, new DelegateRequest(row[1], row[2], row[3], row[4], null,
                    DelegateCategory.valueOf(row[0]), precedence));
            precedence += 10;
        }
        Log.infof("Demo conference seeded: %s (%d delegates)", TWO_LEVEL_TITLE, TWO_LEVEL_DELEGATES.size());
    }

    /** Invented people in the units of the two-level form (real place names). */
    private static final List<String[]> TWO_LEVEL_DELEGATES = List.of(
            new String[]{"GUEST", "Mạc Đăng Quân", "Phó Tư lệnh", "Bộ Tư lệnh Quân khu 1", "mdquan@qk1.demo.vn"},
            new String[]{"PARTICIPANT", "Thân Văn Tùng", "Bí thư Tỉnh ủy", "Tỉnh ủy Bắc Ninh", "tvtung@tinhuy-bn.demo.vn"},
            new String[]{"PARTICIPANT", "Nghiêm Thị Loan", "Chủ tịch", "UBND tỉnh Bắc Ninh", "ntloan@ubnd-bn.demo.vn"},
            new String[]{"PARTICIPANT", "Giáp Văn Hòa", "Chỉ huy trưởng", "Bộ CHQS tỉnh Bắc Ninh", "gvhoa@bochqs-bn.demo.vn"},
            new String[]{"PARTICIPANT", "Ninh Quang Đạt", "Chỉ huy trưởng", "Ban Chỉ huy Phòng thủ khu vực 1, Bộ CHQS tỉnh Bắc Ninh", "nqdat@ptkv1.demo.vn"},
            new String[]{"PARTICIPANT", "Hà Minh Châu", "Chính ủy", "Ban Chỉ huy Phòng thủ khu vực 2, Bộ CHQS tỉnh Bắc Ninh", "hmchau@ptkv2.demo.vn"},
            new String[]{"PARTICIPANT", "Dương Thị Kim Oanh", "Chủ tịch", "UBND xã Lục Nam", "dtkoanh@lucnam.demo.vn"},
            new String[]{"PARTICIPANT", "Chu Văn Thắng", "Chỉ huy trưởng", "Ban Chỉ huy quân sự xã Lạng Giang", "cvthang@langgiang.demo.vn"},
            new String[]{"PARTICIPANT", "Lưu Thị Hồng", "Chủ tịch", "UBND phường Kinh Bắc", "lthong@kinhbac.demo.vn"});

    /**
     * The plan's composition (section II.2): guests, then the conference's participants. Every name is invented: none
     * is that of a real official of the province or the military region. Columns: category, name, position,
     * organisation, email, military rank, Party title, "x" for the Thường trực Tỉnh ủy, HĐND, UBND tỉnh.
     */
    private static final List<String[]> DELEGATES = List.of(
            new String[]{"GUEST", "Phùng Văn Khiêm", "Phó Cục trưởng", "Cục Dân quân tự vệ, Bộ Tổng Tham mưu", "pvkhiem@cucdqtv.demo.vn", "Thiếu tướng", "", ""},
            new String[]{"GUEST", "Đoàn Minh Khôi", "Phó Tư lệnh", "Bộ Tư lệnh Quân khu 1", "dmkhoi@qk1.demo.vn", "Thiếu tướng", "", ""},
            new String[]{"GUEST", "Tống Văn Huấn", "Phó Chủ nhiệm Chính trị", "Quân khu 1", "tvhuan@qk1.demo.vn", "Thiếu tướng", "", ""},
            new String[]{"GUEST", "Lã Thị Hằng Nga", "Trưởng phòng Dân quân tự vệ", "Bộ Tham mưu Quân khu 1", "lthnga@qk1.demo.vn", "Đại tá", "", ""},
            new String[]{"PARTICIPANT", "Hoàng Minh Tiến", "Bí thư Tỉnh ủy", "Tỉnh ủy Bắc Giang", "hmtien@tinhuy.demo.vn", "", "", "x"},
            new String[]{"PARTICIPANT", "Cao Thị Thanh Hoa", "Chủ tịch HĐND tỉnh", "HĐND tỉnh Bắc Giang", "ctthoa@hdnd.demo.vn", "", "Phó Bí thư Tỉnh ủy", "x"},
            new String[]{"PARTICIPANT", "Vũ Đình Khương", "Chủ tịch UBND tỉnh", "UBND tỉnh Bắc Giang", "vdkhuong@ubnd.demo.vn", "", "Phó Bí thư Tỉnh ủy", "x"},
            new String[]{"PARTICIPANT", "Quách Văn Thịnh", "Phó Chủ tịch Thường trực UBND tỉnh", "UBND tỉnh Bắc Giang", "qvthinh@ubnd.demo.vn", "", "Ủy viên Ban Thường vụ Tỉnh ủy", "x"},
            new String[]{"PARTICIPANT", "Nguyễn Thị Thu Hà", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Giang", "ntthuha@mttq.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Hoàng Văn Đức", "Chánh Văn phòng", "Văn phòng Tỉnh ủy Bắc Giang", "hvduc@vptu.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Vũ Minh Tuấn", "Chánh Văn phòng", "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh", "vmtuan@vpdbqh.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Đỗ Thị Lan", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy", "dtlan@btg.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Bùi Quang Huy", "Hiệu trưởng", "Trường Chính trị tỉnh", "bqhuy@tct.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Ngô Văn Bình", "Giám đốc", "Sở Nội vụ", "nvbinh@snv.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Trịnh Thị Mai", "Giám đốc", "Sở Tài chính", "ttmai@stc.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Phan Văn Long", "Giám đốc", "Sở Kế hoạch và Đầu tư", "pvlong@skhdt.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Đinh Công Sơn", "Giám đốc", "Sở Giáo dục và Đào tạo", "dcson@sgddt.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Lương Thị Thu", "Chánh Văn phòng", "Văn phòng UBND tỉnh", "ltthu@vpubnd.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Khổng Văn Hải", "Giám đốc", "Công an tỉnh Bắc Giang", "kvhai@ca.demo.vn", "Đại tá", "", ""},
            new String[]{"PARTICIPANT", "Trần Văn Khải", "Cục trưởng", "Cục Thuế tỉnh Bắc Giang", "tvkhai@thue.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Đàm Quang Toản", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Bắc Giang", "dqtoan@bochqs.demo.vn", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", ""},
            new String[]{"PARTICIPANT", "Triệu Đức Lâm", "Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Bắc Giang", "tdlam@bochqs.demo.vn", "Đại tá", "", ""},
            new String[]{"PARTICIPANT", "Lý Văn Nam", "Tham mưu trưởng", "Bộ Chỉ huy Quân sự tỉnh Bắc Giang", "lvnam@bochqs.demo.vn", "Thượng tá", "", ""},
            new String[]{"PARTICIPANT", "Nguyễn Thế Anh", "Chủ nhiệm Chính trị", "Bộ Chỉ huy Quân sự tỉnh Bắc Giang", "ntanh@bochqs.demo.vn", "Thượng tá", "", ""},
            new String[]{"PARTICIPANT", "Vương Đình Khánh", "Chỉ huy trưởng", "Ban Chỉ huy quân sự huyện Lục Nam", "vdkhanh@lucnam.demo.vn", "Thượng tá", "", ""},
            new String[]{"PARTICIPANT", "Nông Văn Phúc", "Chính trị viên", "Ban Chỉ huy quân sự huyện Lục Ngạn", "nvphuc@lucngan.demo.vn", "Trung tá", "", ""},
            new String[]{"PARTICIPANT", "Chu Thị Ngọc", "Phó Chủ tịch UBND", "UBND huyện Yên Thế", "ctngoc@yenthe.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Tạ Quang Vinh", "Chủ tịch UBND", "UBND thành phố Bắc Giang", "tqvinh@tpbg.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Đặng Văn Lực", "Trưởng Công an", "Công an huyện Hiệp Hòa", "dvluc@hiephoa.demo.vn", "Thượng tá", "", ""},
            new String[]{"PARTICIPANT", "Kiều Thị Hạnh", "Chánh Văn phòng HĐND và UBND", "UBND huyện Tân Yên", "kthanh@tanyen.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Hoàng Thị Yến", "Chủ tịch UBND", "UBND xã Tân Mỹ", "htyen@xatanmy.demo.vn", "", "", ""},
            new String[]{"PARTICIPANT", "Lục Văn Chiến", "Chỉ huy trưởng", "Ban Chỉ huy quân sự xã Đông Sơn", "lvchien@dongson.demo.vn", "", "", ""});
}
