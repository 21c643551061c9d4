package vn.tongket.council;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the council and its vote: Vietnamese here, English in messages/cou_en.properties. */
@MessageBundle(value = "cou", locale = "vi")
public interface CouncilMessages {

    // -- errors
    @Message("Chưa ghi cuộc họp Hội đồng Thi đua - Khen thưởng cho hội nghị này.")
    String noMeeting();

    @Message("Không tìm thấy thành viên Hội đồng số {id}.")
    String memberNotFound(long id);

    @Message("Không tìm thấy phiếu bầu này.")
    String ballotNotFound();

    @Message("Tổng số phiếu ({total}) vượt quá số thành viên Hội đồng có mặt ({present}).")
    String tallyExceedsPresent(int total, int present);

    @Message("Thành viên vắng mặt không bỏ phiếu trong ứng dụng.")
    String absentCannotVote();

    @Message("Đã bỏ phiếu cho {nominee}: mỗi thành viên chỉ bỏ một phiếu cho mỗi người, tập thể được đề nghị.")
    String alreadyVoted(String nominee);

    @Message("Đề nghị \"{nominee}\" đã được gửi đi hoặc đã kết thúc: không còn biểu quyết.")
    String voteClosed(String nominee);

    @Message("Chưa có quy định về số thành viên dự họp và tỷ lệ phiếu áp dụng cho ngày {date}.")
    String noRule(String date);

    @Message("Không thể gửi thẩm định \"{nominee}\": Hội đồng Thi đua - Khen thưởng chưa biểu quyết đề nghị này (chỉ đề nghị được Hội đồng thông qua mới được gửi lên Sở Nội vụ).")
    String gateNotVoted(String nominee);

    @Message("Không thể gửi thẩm định \"{nominee}\": cuộc họp Hội đồng chỉ có {present}/{total} thành viên dự họp, chưa đủ {num}/{den} theo quy định ({source}).")
    String gateNoQuorum(String nominee, int present, int total, int num, int den, String source);

    @Message("Không thể gửi thẩm định \"{nominee}\": được {share}% phiếu đồng ý, dưới tỷ lệ {threshold}% theo quy định ({source}).")
    String gateBelowThreshold(String nominee, String share, int threshold, String source);

    // -- checklist (what the minutes still lack)
    @Message("Biên bản họp Hội đồng Thi đua - Khen thưởng")
    String minutesTitle();

    @Message("chưa ghi cuộc họp Hội đồng (thời gian, địa điểm, thành viên)")
    String missingMeeting();

    @Message("chưa có Chủ tịch Hội đồng")
    String missingChair();

    @Message("chưa có Thư ký Hội đồng")
    String missingSecretary();

    @Message("chưa có kết quả biểu quyết cho: {names}")
    String missingVotes(String names);

    // -- page
    @Message("Hội đồng Thi đua - Khen thưởng")
    String councilTitle();

    @Message("Cuộc họp")
    String meetingHeading();

    @Message("Tên Hội đồng")
    String councilName();

    @Message("Thời gian họp")
    String heldAt();

    @Message("Địa điểm")
    String place();

    @Message("Lưu cuộc họp")
    String saveMeeting();

    @Message("Thành viên")
    String membersHeading();

    @Message("Họ và tên")
    String fullName();

    @Message("Chức vụ")
    String position();

    @Message("Vai trò")
    String role();

    @Message("Có mặt")
    String present();

    @Message("Vắng mặt")
    String absent();

    @Message("Thêm thành viên")
    String addMember();

    @Message("Lưu")
    String saveMember();

    @Message("Phiếu bầu trong ứng dụng")
    String ballotLink();

    // enum labels: texts in messages/cou_vi.properties and cou_en.properties
    @Message
    String roleName(CouncilRole role);

    @Message("Có mặt {present}/{total} thành viên; cần {num}/{den}: {quorate ? 'đủ' : 'chưa đủ'} số thành viên dự họp.")
    String quorumLine(int present, int total, int num, int den, boolean quorate);

    @Message("Quy định áp dụng: tỷ lệ phiếu đồng ý từ {threshold}% tính trên {base ? 'tổng số thành viên Hội đồng' : 'số thành viên có mặt'}. Nguồn: {source}")
    String ruleLine(int threshold, boolean base, String source);

    @Message("chưa xác nhận")
    String unconfirmed();

    @Message("Kết quả biểu quyết")
    String votesHeading();

    @Message("Người, tập thể được đề nghị")
    String nominee();

    @Message("Đồng ý")
    String yes();

    @Message("Không đồng ý")
    String no();

    @Message("Phiếu trắng, không hợp lệ")
    String blank();

    @Message("Tỷ lệ đồng ý")
    String share();

    @Message("Kết quả")
    String verdict();

    @Message("Đạt")
    String carried();

    @Message("Không đạt")
    String notCarried();

    @Message("Chưa biểu quyết")
    String notVoted();

    @Message("Nhập kết quả kiểm phiếu")
    String saveTally();

    @Message("Kiểm phiếu giấy")
    String paper();

    @Message("Bỏ phiếu trong ứng dụng ({count} phiếu)")
    String inApp(int count);

    @Message("Biên bản họp (PDF)")
    String minutesPdf();

    @Message("Đã lưu.")
    String saved();

    @Message("Chưa có thành viên nào.")
    String noMembers();

    // -- ballot page
    @Message("Phiếu bầu của {name}")
    String ballotTitle(String name);

    @Message("Phiếu kín: Hội đồng chỉ thấy tổng số phiếu, không thấy ai bầu thế nào.")
    String ballotSecret();

    @Message("Bỏ phiếu")
    String castVote();

    @Message("Đã bỏ phiếu")
    String voted();

    @Message("Đã ghi phiếu của đồng chí.")
    String voteSaved();

    @Message("Lựa chọn")
    String choice();

    @Message
    String voteName(Vote vote);
}
