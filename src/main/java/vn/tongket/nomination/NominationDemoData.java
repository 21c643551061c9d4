package vn.tongket.nomination;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.conference.Conference;

/** Demo mode: a few nominations for the seed conference at different steps of the path. Adds nothing twice. */
@ApplicationScoped
public class NominationDemoData {

    @Inject
    NominationService service;

    @Transactional
    public void seed(String conferenceTitle) {
        Conference conference = Conference.<Conference>find("title", conferenceTitle).firstResult();
        if (conference == null || Nomination.count("conference.id", conference.id) > 0) {
            return;
        }
        long conferenceId = conference.id;
        Nomination tanMy = service.create(conferenceId, collective("Ban CHQS xã Tân Mỹ", "Xã Tân Mỹ",
                "Hoàn thành xuất sắc nhiệm vụ xây dựng, huấn luyện lực lượng dân quân năm 2023"));
        Nomination dongSon = service.create(conferenceId, collective("Ban CHQS xã Đông Sơn", "Xã Đông Sơn",
                "Dẫn đầu phong trào thi đua quyết thắng của lực lượng vũ trang huyện Yên Thế"));
        Nomination chien = service.create(conferenceId, new NominationRequest(NominationKind.INDIVIDUAL, "Lục Văn Chiến",
                "Chỉ huy trưởng Ban CHQS xã", null, Gender.MALE, 1982, "Xã Đông Sơn", true,
                "Tham mưu tổ chức tốt diễn tập chiến đấu phòng thủ xã năm 2023", null, null, null));
        service.create(conferenceId, new NominationRequest(NominationKind.INDIVIDUAL, "Vương Đình Khánh",
                "Chỉ huy trưởng", "Thượng tá", Gender.MALE, 1976, "Ban CHQS huyện Lục Nam", false,
                "Hoàn thành xuất sắc nhiệm vụ tuyển quân năm 2023", null, null, null));
        Log.info("Demo nominations seeded: 4 drafts");
    }

    /**
     * Sends three drafts on and approves one, once the council has voted (the council's vote gates submission): one
     * approved, two submitted, one draft. Does nothing once any has left the draft state.
     */
    @Transactional
    public void advance(String conferenceTitle) {
        Conference conference = Conference.<Conference>find("title", conferenceTitle).firstResult();
        if (conference == null || Nomination.count("conference.id = ?1 and status <> ?2", conference.id,
                NominationStatus.DRAFT) > 0) {
            return;
        }
        long conferenceId = conference.id;
        Nomination tanMy = named(conferenceId, "Ban CHQS xã Tân Mỹ");
        for (String name : new String[]{"Ban CHQS xã Tân Mỹ", "Ban CHQS xã Đông Sơn", "Lục Văn Chiến"}) {
            service.submit(conferenceId, named(conferenceId, name).id);
        }
        service.review(tanMy.id, new ReviewRequest(ReviewRequest.Decision.APPROVE, null));
        Log.info("Demo nominations advanced: one approved, two submitted, one draft");
    }

    private static Nomination named(long conferenceId, String name) {
        return Nomination.find("conference.id = ?1 and nomineeName = ?2", conferenceId, name).firstResult();
    }

    private static NominationRequest collective(String name, String organization, String achievements) {
        return new NominationRequest(NominationKind.COLLECTIVE, name, null, null, null, null, organization, true,
                achievements, null, null, null);
    }
}
