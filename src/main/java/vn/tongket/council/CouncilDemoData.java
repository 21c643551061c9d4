package vn.tongket.council;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.conference.Conference;
import vn.tongket.nomination.Nomination;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * Demo mode: the command's council met before the conference, four of five members present, and counted the paper
 * ballots: three nominees carried, one short of the threshold (so the demo shows the gate). Adds nothing twice.
 */
@ApplicationScoped
public class CouncilDemoData {

    /** Invented names, as the demo's delegates. */
    private static final String[][] MEMBERS = {
            {"Nghiêm Văn Thắng", "Chỉ huy trưởng Bộ CHQS tỉnh", "CHAIR", "true"},
            {"Lương Đức Hạnh", "Chính ủy Bộ CHQS tỉnh", "VICE_CHAIR", "true"},
            {"Mạc Thị Thu", "Trợ lý Tuyên huấn", "SECRETARY", "true"},
            {"Đinh Công Lực", "Tham mưu trưởng", "MEMBER", "true"},
            {"Kiều Văn Sơn", "Chủ nhiệm Hậu cần - Kỹ thuật", "MEMBER", "false"},
    };

    /** Paper counts per nominee: yes, no, blank. */
    private static final Map<String, int[]> TALLIES = Map.of(
            "Ban CHQS xã Tân Mỹ", new int[]{4, 0, 0},
            "Ban CHQS xã Đông Sơn", new int[]{4, 0, 0},
            "Lục Văn Chiến", new int[]{4, 0, 0},
            "Vương Đình Khánh", new int[]{3, 1, 0});

    @Inject
    CouncilService council;

    @Transactional
    public void seed(String conferenceTitle) {
        Conference conference = Conference.<Conference>find("title", conferenceTitle).firstResult();
        if (conference == null || CouncilMeeting.ofConference(conference.id).isPresent()) {
            return;
        }
        long id = conference.id;
        council.saveMeeting(id, new MeetingRequest(LocalDateTime.of(2023, 11, 28, 8, 0),
                "Phòng họp Bộ CHQS tỉnh", "Hội đồng Thi đua - Khen thưởng Bộ CHQS tỉnh"));
        for (String[] m : MEMBERS) {
            council.addMember(id, new MemberRequest(m[0], m[1], CouncilRole.valueOf(m[2]), Boolean.valueOf(m[3])));
        }
        TALLIES.forEach((name, t) -> Nomination.<Nomination>find("conference.id = ?1 and nomineeName = ?2", id, name)
                .firstResultOptional().ifPresent(n -> council.tally(id, n.id, new TallyRequest(t[0], t[1], t[2]))));
        Log.info("Demo council seeded: 5 members, 4 present, 4 nominees counted");
    }
}
