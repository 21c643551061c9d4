package vn.tongket.script;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The MC's script: the page's labels and the MC's formulae (lời dẫn chương trình) in Vietnamese here, English in
 * messages/scr_en.properties. Names, titles and agenda items stay as the organiser wrote them.
 */
@MessageBundle(value = "scr", locale = "vi")
public interface ScriptMessages {

    @Message("Kịch bản điều hành")
    String scriptTitle();

    @Message("Kịch bản điều hành (PDF)")
    String scriptPdf();

    @Message("Chương trình chưa có nội dung nào: hãy thêm các mục của chương trình hội nghị trước.")
    String scriptEmpty();

    @Message("Thời gian")
    String time();

    @Message("Thời lượng")
    String duration();

    @Message("{minutes} phút")
    String minutes(int minutes);

    @Message("Lũy kế")
    String running();

    @Message("Người thực hiện")
    String speaker();

    @Message("Đang diễn ra")
    String now();

    @Message("Mục đang diễn ra được đánh dấu theo đồng hồ và chuyển sang mục sau khi đến giờ (kiểm tra mỗi 30 giây).")
    String clockHint();

    @Message("Người dẫn chương trình")
    String mc();

    @Message("Nghỉ giải lao")
    String breakTitle();

    @Message("Kính thưa các đồng chí lãnh đạo, các đồng chí đại biểu! Kính thưa các đồng chí về dự Hội nghị!")
    String greeting();

    @Message("Hôm nay, {date}, tại {venue}, chúng ta tổ chức {title}.")
    String reason(String date, String venue, String title);

    @Message("Đến dự Hội nghị, xin trân trọng giới thiệu:")
    String introductionLead();

    @Message("Trân trọng giới thiệu {who}.")
    String introduce(String who);

    @Message("Trân trọng giới thiệu {who}, chủ trì Hội nghị.")
    String presiding(String who);

    @Message("Xin nhiệt liệt chào mừng các đồng chí đại biểu về dự Hội nghị!")
    String welcome();

    @Message("Chương trình Hội nghị gồm các nội dung sau:")
    String programmeLead();

    @Message("– {time}: {title}")
    String programmeItem(String time, String title);

    @Message("Xin trân trọng kính mời {who} lên trình bày {what}.")
    String invite(String who, String what);

    @Message("Xin trân trọng kính mời {who}, {organization} lên trình bày tham luận: {title}.")
    String invitePresentation(String who, String organization, String title);

    @Message("Xin trân trọng kính mời {who} phát biểu ý kiến.")
    String inviteSpeech(String who);

    @Message("Xin trân trọng kính mời {who} lên công bố Quyết định tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.")
    String announce(String who);

    @Message("Xin mời các tập thể, cá nhân sau đây lên nhận Bằng khen (đợt {group}/{groups}):")
    String callGroup(int group, int groups);

    @Message("{number}. {name}")
    String awardee(int number, String name);

    @Message("Xin trân trọng kính mời {who} lên trao thưởng.")
    String handOver(String who);

    @Message("Xin chúc mừng các tập thể, cá nhân được khen thưởng. Xin mời các đồng chí trở về vị trí.")
    String backToSeats();

    @Message("(Chưa có quyết định khen thưởng: chưa có tập thể, cá nhân nào để mời lên nhận Bằng khen.)")
    String noAwardees();

    @Message("Hội nghị nghỉ giải lao {minutes} phút. Đúng {resume}, xin mời các đồng chí trở lại hội trường để tiếp tục chương trình.")
    String breakWords(int minutes, String resume);

    @Message("Xin trân trọng kính mời {who} phát biểu kết luận Hội nghị.")
    String inviteConclusion(String who);

    @Message("Kính thưa các đồng chí! {title} đã hoàn thành toàn bộ nội dung, chương trình đề ra. Thay mặt Ban Tổ chức, xin trân trọng cảm ơn các đồng chí lãnh đạo, các đồng chí đại biểu đã về dự. Kính chúc các đồng chí mạnh khỏe, hạnh phúc, công tác tốt. Hội nghị xin được bế mạc.")
    String closing(String title);

    @Message("đồng chí {title}")
    String comradeTitle(String title);

    @Message("đại diện {organization}")
    String representative(String organization);

    @Message("đồng chí …………")
    String unnamed();
}
