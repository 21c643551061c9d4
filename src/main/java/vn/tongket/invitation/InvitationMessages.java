package vn.tongket.invitation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of invitations, answers, check-in and the outbox. Vietnamese here; English in inv_en.properties. */
@MessageBundle(value = "inv", locale = "vi")
public interface InvitationMessages {

    @Message("Không tìm thấy giấy mời.")
    String invitationNotFound();

    @Message("Mã không thuộc giấy mời nào của hội nghị này.")
    String unknownCode();

    @Message("Đại biểu {name} đã điểm danh lúc {time}.")
    String alreadyCheckedIn(String name, String time);

    @Message("Hội nghị đã bắt đầu; không thể thay đổi trả lời.")
    String answersClosed();

    @Message("Hãy chọn một trong ba trả lời.")
    String answerRequired();

    @Message("Hãy nhập họ tên người đi thay.")
    String substituteNameRequired();

    @Message("Hãy nhập chức vụ người đi thay.")
    String substitutePositionRequired();

    @Message("Hãy nhập hoặc quét mã.")
    String codeRequired();

    // -- conference settings
    @Message("Ký hiệu giấy mời (sau GM-)")
    String fieldLetterSymbol();

    @Message("Thẩm quyền ký (TM.)")
    String fieldSignerAuthority();

    @Message("Chức vụ người ký (mỗi dòng một dòng)")
    String fieldSignerTitle();

    @Message("Họ tên người ký")
    String fieldSignerName();

    @Message("Nơi nhận (mỗi dòng một nơi)")
    String fieldRecipients();

    // -- pages
    @Message("Giấy mời")
    String invitationsTitle();

    @Message("Phát hành giấy mời")
    String issue();

    @Message("Gửi giấy mời qua thư điện tử")
    String send();

    @Message("Nhắc người chưa trả lời")
    String remind();

    @Message("Đã phát hành {n} giấy mời mới.")
    String issued(int n);

    @Message("Đã xếp {n} thư vào hàng gửi.")
    String queued(int n);

    @Message("Đã xếp {n} thư nhắc vào hàng gửi.")
    String reminded(int n);

    @Message("Đang phát hành giấy mời, xin chờ trong giây lát…")
    String issueBusy();

    @Message("Đang chuẩn bị giấy mời (PDF) và xếp thư vào hàng gửi. Với hàng trăm đại biểu việc này mất vài giây; số thư chờ gửi bên trên tăng dần. Xin đừng tải lại trang.")
    String sendBusy();

    @Message("Đang chuẩn bị thư nhắc và xếp vào hàng gửi, xin chờ trong giây lát…")
    String remindBusy();

    @Message("Chưa có giấy mời nào.")
    String invitationsEmpty();

    @Message("Số")
    String colNumber();

    @Message("Đại biểu")
    String colDelegate();

    @Message("Trạng thái")
    String colStatus();

    @Message("Người đi thay")
    String colSubstitute();

    @Message("Giờ đến")
    String colCheckedIn();

    @Message("Xem")
    String view();

    @Message("Điểm danh")
    String checkinTitle();

    @Message("Mã trên giấy mời (quét hoặc nhập rồi nhấn Enter)")
    String checkinCode();

    @Message("Xác nhận")
    String checkinSubmit();

    @Message("Quét bằng camera")
    String cameraStart();

    @Message("Trình duyệt này không đọc được mã QR bằng camera; hãy dùng máy quét cầm tay hoặc nhập mã.")
    String cameraUnsupported();

    @Message("Không mở được camera: ")
    String cameraError();

    @Message("Đã điểm danh: {name}")
    String checkedIn(String name);

    @Message("thay cho {name}")
    String onBehalfOf(String name);

    @Message("Mời vào – đã điểm danh")
    String deskWelcome();

    @Message("Đã điểm danh trước đó")
    String deskAlready();

    @Message("Không nhận ra giấy mời")
    String deskUnknown();

    @Message("Đến lúc {time}")
    String deskArrivedAt(String time);

    @Message("Không gửi được tới máy chủ; hãy kiểm tra mạng, tải lại trang rồi thử lại.")
    String deskFailed();

    @Message("Số liệu")
    String deskFiguresTitle();

    @Message("Dự kiến")
    String deskExpected();

    @Message("Đã đến")
    String deskArrived();

    @Message("Chưa đến")
    String deskAwaited();

    @Message("Nhóm")
    String deskGroup();

    @Message("Số liệu tự cập nhật vài giây một lần; dự kiến là mọi giấy mời trừ người đã báo không tham dự.")
    String deskLive();

    @Message("Vừa đến")
    String deskRecent();

    @Message("Chưa có ai điểm danh.")
    String deskRecentNone();

    @Message("Đại biểu không mang giấy mời")
    String deskSearchTitle();

    @Message("Tìm theo họ tên, chức vụ, đơn vị hoặc số giấy mời")
    String deskSearch();

    @Message("Tìm")
    String deskSearchSubmit();

    @Message("Không có đại biểu nào khớp với “{query}”.")
    String deskSearchNone(String query);

    @Message("người đi thay: {name}")
    String deskSubstitute(String name);

    @Message("Điểm danh")
    String deskAdmit();

    @Message("Điểm danh {name}")
    String deskAdmitName(String name);

    @Message("Âm báo")
    String deskSound();

    @Message("Đang quét: đưa mã QR trên giấy mời vào khung hình.")
    String deskScanning();

    @Message("Tắt camera")
    String cameraStop();

    @Message("Camera chỉ mở được khi trang dùng HTTPS (hoặc mở ngay trên máy chủ); vẫn quét bằng máy quét cầm tay, nhập mã hoặc tìm theo tên được.")
    String cameraInsecure();

    @Message("Thư đi")
    String outboxTitle();

    @Message("Chưa có thư nào.")
    String outboxEmpty();

    @Message("Người nhận")
    String colRecipient();

    @Message("Tiêu đề")
    String colSubject();

    @Message("Số lần thử")
    String colAttempts();

    @Message("Lỗi gần nhất")
    String colLastError();

    @Message("Gửi lại")
    String resend();

    @Message("Danh sách tham dự (PDF)")
    String attendancePdf();

    @Message("Danh sách tham dự (Excel)")
    String attendanceXlsx();

    @Message("Xem trước (HTML)")
    String letterHtml();

    @Message("Tình hình giấy mời")
    String countsTitle();

    @Message("Đã mời")
    String countInvited();

    @Message("Đã gửi")
    String countSent();

    @Message("Gửi lỗi")
    String countFailed();

    @Message("Chờ gửi")
    String countQueued();

    @Message("Tham dự")
    String countAccepted();

    @Message("Không tham dự")
    String countDeclined();

    @Message("Cử người thay")
    String countDelegated();

    @Message("Chưa trả lời")
    String countNotAnswered();

    @Message("Đã điểm danh")
    String countCheckedIn();

    // -- answer page
    @Message("Trả lời giấy mời")
    String rsvpTitle();

    @Message("Trả lời của đồng chí")
    String rsvpQuestion();

    @Message("Họ tên người đi thay")
    String substituteName();

    @Message("Chức vụ người đi thay")
    String substitutePosition();

    @Message("Gửi trả lời")
    String rsvpSubmit();

    @Message("Đã ghi nhận trả lời: {answer}. Đồng chí có thể thay đổi trước giờ khai mạc.")
    String rsvpSaved(String answer);

    @Message("Hội nghị đã bắt đầu; trả lời đã khóa.")
    String rsvpClosed();

    @Message("Kính gửi")
    String rsvpTo();

    @Message("Thời gian")
    String rsvpWhen();

    @Message("Địa điểm")
    String rsvpWhere();

    @Message("Chủ trì")
    String rsvpPresides();

    @Message("Trả lời hiện tại:")
    String rsvpCurrent();

    @Message("Đồng chí chưa trả lời.")
    String rsvpNotAnswered();

    @Message("Đồng chí đã có mặt tại hội nghị.")
    String rsvpCheckedIn();

    @Message("Tiếp theo")
    String rsvpNextTitle();

    @Message("Mời đồng chí có mặt lúc {time} ngày {day} tại {venue}. Khi đến, đưa mã QR dưới đây (trên điện thoại hoặc trên giấy mời in) tại bàn đón tiếp.")
    String rsvpNextAccept(String time, String day, String venue);

    @Message("Đồng chí {name} đi thay, có mặt lúc {time} ngày {day} tại {venue}, mang theo mã QR dưới đây hoặc giấy mời in để đưa tại bàn đón tiếp.")
    String rsvpNextDelegate(String name, String time, String day, String venue);

    @Message("Ban tổ chức đã biết đồng chí không tham dự. Nếu thay đổi, đồng chí chọn lại trên trang này trước giờ khai mạc.")
    String rsvpNextDecline();

    @Message("Mã QR vào cửa")
    String rsvpGateQr();

    @Message("Thêm vào lịch")
    String rsvpCalendar();

    @Message("Giấy mời")
    String rsvpLetter();

    // -- enum labels, one method per enum: texts in messages/inv_vi.properties and inv_en.properties
    @Message
    String invitationStatus(InvitationStatus status);

    @Message
    String answer(Answer answer);

    // -- withdrawal, confirmations before mass actions, printing all letters
    @Message("Giấy mời này đã được thu hồi; đồng chí không cần trả lời. Nếu cần, xin liên hệ cơ quan tổ chức hội nghị.")
    String rsvpWithdrawn();

    @Message("Giấy mời {number} của {name} đã bị thu hồi.")
    String checkinWithdrawn(String number, String name);

    @Message("Không có giấy mời nào để in (chưa phát hành, hoặc đã thu hồi).")
    String nothingToPrint();

    @Message("Mỗi lần in được tối đa {max} giấy mời; hãy chọn bớt.")
    String tooManyToPrint(int max);

    @Message("Gửi giấy mời tới {toMail} đại biểu có email; {toPrint} đại biểu chưa có email sẽ nhận thư in.")
    String sendPlan(long toMail, long toPrint);

    @Message("Tôi xác nhận gửi {n} giấy mời qua thư điện tử")
    String sendConfirm(long n);

    @Message("Không còn giấy mời nào chờ gửi qua thư điện tử.")
    String sendNothing();

    @Message("{n} đại biểu chưa có giấy mời (ví dụ đại diện khen thưởng vừa được thêm theo quyết định).")
    String withoutLetter(long n);

    @Message("Phát hành giấy mời cho {n} đại biểu này")
    String issueMissing(long n);

    @Message("Địa chỉ công khai vẫn là {url} (mặc định): đường dẫn trả lời và mã QR trong giấy mời sẽ không mở được từ máy của đại biểu. Hãy đặt TONGKET_BASE_URL (địa chỉ thật của trang) trước khi gửi.")
    String baseUrlLocal(String url);

    @Message("Hội nghị đã bắt đầu ({date}); giấy mời gửi bây giờ không còn tác dụng.")
    String conferencePassed(String date);

    @Message("Nhắc {n} đại biểu đã nhận giấy mời qua thư điện tử mà chưa trả lời:")
    String remindPlan(int n);

    @Message("Không có ai cần nhắc: mọi người đã trả lời, chưa nhận thư, hoặc vừa được nhắc.")
    String remindNobody();

    @Message("Lần nhắc gần nhất: {time}.")
    String lastReminder(String time);

    @Message("Chưa nhắc lần nào.")
    String neverReminded();

    @Message("Tôi xác nhận gửi thư nhắc tới {n} đại biểu trên")
    String remindConfirm(int n);

    @Message("In giấy mời để ký, đóng dấu")
    String printTitle();

    @Message("In tất cả giấy mời (một tệp PDF)")
    String printAll();

    @Message("In các giấy mời đã chọn")
    String printSelected();

    @Message("Chọn giấy mời {number}")
    String selectLetter(String number);

    @Message("Giấy mời đã thu hồi không được in. Mỗi lần in tối đa {max} giấy mời.")
    String printHint(int max);

    // -- the letter's number and date of issue (issue 19)
    @Message("Số giấy mời (văn thư cấp)")
    String fieldLetterNumber();

    @Message("Ngày ban hành giấy mời")
    String fieldLetterIssuedOn();

    @Message("Số giấy mời bổ sung")
    String fieldSupplementNumber();

    @Message("Ngày ban hành giấy mời bổ sung")
    String fieldSupplementIssuedOn();

    @Message("Giấy mời còn là dự thảo: văn thư chưa vào sổ số và ngày ban hành (thiếu: {missing}). Hãy nhập ở trang sửa hội nghị rồi gửi lại.")
    String letterNotRegistered(String missing);

    @Message("Giấy mời bổ sung còn là dự thảo: văn thư chưa vào sổ số và ngày ban hành (thiếu: {missing}). Hãy nhập ở trang sửa hội nghị rồi gửi lại.")
    String supplementNotRegistered(String missing);

    @Message("Số và ngày ban hành do văn thư cấp khi vào sổ; khi chưa có, giấy mời in ra là dự thảo và không gửi được. Giấy mời phát hành sau khi đã vào sổ là giấy mời bổ sung, có số và ngày riêng.")
    String letterNumberHint();

    // -- paper sign-in and attendance report (issue 21)

    @Message("Không có đại biểu mã {ids} trong danh sách mời của hội nghị này (hoặc giấy mời đã thu hồi).")
    String paperUnknownDelegates(String ids);

    @Message("Tổng cộng")
    String reportTotal();

    @Message("Nhập chữ ký trên giấy")
    String paperTitle();

    @Message("Đánh dấu những đại biểu đã ký vào danh sách ký tên in ra, rồi lưu. Bỏ đánh dấu chỉ xóa điểm danh nhập từ giấy; đại biểu đã điểm danh tại bàn giữ nguyên giờ đến.")
    String paperHint();

    @Message("Đã ký")
    String paperSigned();

    @Message("Điểm danh tại bàn lúc {time}")
    String paperAtDesk(String time);

    @Message("Lưu chữ ký trên giấy")
    String paperSave();

    @Message("Đã lưu: thêm {added}, bỏ {removed} điểm danh từ giấy.")
    String paperSaved(int added, int removed);

    @Message("Báo cáo điểm danh theo thành phần (PDF)")
    String reportPdf();

    @Message("Báo cáo điểm danh theo thành phần (XLSX)")
    String reportXlsx();

    @Message("Chưa có đại biểu nào được mời.")
    String paperEmpty();
}
