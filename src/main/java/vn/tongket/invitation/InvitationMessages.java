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

    // -- enum labels, one method per enum: texts in messages/inv_vi.properties and inv_en.properties
    @Message
    String invitationStatus(InvitationStatus status);

    @Message
    String answer(Answer answer);
}
