package vn.tongket.nomination;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the commendation flow: Vietnamese here, English in messages/nom_en.properties. */
@MessageBundle(value = "nom", locale = "vi")
public interface NominationMessages {

    @Message("vi")
    String languageCode();

    // -- errors
    @Message("Không tìm thấy đề nghị khen thưởng số {id}.")
    String nominationNotFound(long id);

    @Message("Không thể {action}: đề nghị đang ở trạng thái \"{status}\"; từ trạng thái này chỉ được: {allowed}.")
    String transitionRefused(String action, String status, String allowed);

    @Message("không còn thao tác nào")
    String nothingAllowed();

    @Message("Đã đủ {used}/{cap} {kind}: không thể gửi thêm đề nghị.")
    String quotaFull(long used, int cap, String kind);

    @Message("Không thể đặt chỉ tiêu {cap} {kind}: đã có {used} đề nghị đang giữ chỉ tiêu.")
    String quotaBelowUsed(int cap, long used, String kind);

    @Message("tập thể")
    String kindWordCollective();

    @Message("cá nhân")
    String kindWordIndividual();

    @Message("Trả lại hoặc không duyệt đề nghị phải kèm ghi chú lý do.")
    String reviewNoteRequired();

    @Message("Đề nghị cho cá nhân phải có chức vụ.")
    String positionRequired();

    @Message("Chỉ đổi được loại (tập thể/cá nhân) khi đề nghị còn là bản nháp.")
    String kindFixedAfterSubmit();

    @Message("Chỉ đề nghị cho tập thể mới có người đại diện nhận khen thưởng.")
    String representativeOnlyCollective();

    @Message("Quyết định số {number} đã được ghi cho hội nghị này.")
    String decisionNumberTaken(String number);

    @Message("Đề nghị số {id} không thuộc hội nghị này.")
    String nominationOtherConference(long id);

    @Message("Chưa có mức lương cơ sở hoặc hệ số tiền thưởng áp dụng cho ngày {date}.")
    String noPrizeRate(String date);

    @Message("Không tìm thấy mức tiền thưởng số {id}.")
    String prizeRateNotFound(long id);

    @Message("Đã có một mức cùng loại áp dụng từ ngày {date}.")
    String prizeRateDuplicate(String date);

    @Message("Tệp đính kèm chỉ nhận PDF, DOCX, PNG hoặc JPEG.")
    String attachmentType();

    @Message("Tệp đính kèm vượt quá {max} MB.")
    String attachmentTooLarge(int max);

    @Message("Tệp đính kèm trống.")
    String attachmentEmpty();

    @Message("Không tìm thấy tệp đính kèm số {id}.")
    String attachmentNotFound(long id);

    @Message("Tệp không đọc được dưới dạng bảng tính XLSX.")
    String importUnreadable();

    @Message("Không tìm thấy dòng tiêu đề (ô đầu tiên là \"STT\").")
    String importNoHeader();

    @Message("Dòng {row}, cột {column} ({title}): {problem}")
    String importCell(int row, String column, String title, String problem);

    @Message("bắt buộc")
    String importRequired();

    @Message("phải là năm từ 1900 đến 2100")
    String importBirthYear();

    @Message("phải là \"Nam\" hoặc \"Nữ\"")
    String importGender();

    @Message("dài quá {max} ký tự")
    String importTooLong(int max);

    @Message("dòng dữ liệu nằm ngoài mục \"I. TẬP THỂ\" hoặc \"II. CÁ NHÂN\"")
    String importNoSection();

    @Message("Tệp không có dòng đề nghị nào.")
    String importEmpty();

    // -- enum labels
    @Message("Tập thể")
    String nominationKind_COLLECTIVE();
    @Message("Cá nhân")
    String nominationKind_INDIVIDUAL();

    @Message("Nháp")
    String nominationStatus_DRAFT();
    @Message("Đã gửi thẩm định")
    String nominationStatus_SUBMITTED();
    @Message("Bị trả lại")
    String nominationStatus_RETURNED();
    @Message("Đã thẩm định")
    String nominationStatus_APPROVED();
    @Message("Không duyệt")
    String nominationStatus_REJECTED();
    @Message("Đã rút")
    String nominationStatus_WITHDRAWN();
    @Message("Đã có quyết định")
    String nominationStatus_DECIDED();
    @Message("Đã trao thưởng")
    String nominationStatus_AWARDED();

    @Message("sửa")
    String nominationAction_EDIT();
    @Message("gửi thẩm định")
    String nominationAction_SUBMIT();
    @Message("duyệt")
    String nominationAction_APPROVE();
    @Message("trả lại")
    String nominationAction_RETURN();
    @Message("không duyệt")
    String nominationAction_REJECT();
    @Message("rút đề nghị")
    String nominationAction_WITHDRAW();
    @Message("ghi quyết định")
    String nominationAction_DECIDE();
    @Message("xác nhận đã trao thưởng")
    String nominationAction_AWARD();

    @Message("Nam")
    String gender_MALE();
    @Message("Nữ")
    String gender_FEMALE();

    @Message("Mức lương cơ sở")
    String name_BASE_SALARY();
    @Message("Hệ số Bằng khen (cá nhân)")
    String name_INDIVIDUAL_COEFFICIENT();
}
