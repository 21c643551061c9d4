package vn.tongket.preparation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the conference preparation: Vietnamese here, English in messages/prep_en.properties. */
@MessageBundle(value = "prep", locale = "vi")
public interface PreparationMessages {

    @Message("vi")
    String languageCode();

    // -- errors
    @Message("Tệp phải là PDF hoặc DOCX.")
    String fileType();

    @Message("Tệp lớn hơn {max} MB.")
    String fileTooLarge(long max);

    @Message("Tệp rỗng hoặc chưa chọn tệp.")
    String fileEmpty();

    @Message("Chưa có tệp.")
    String fileNotFound();

    @Message("Hội nghị này đã có đề cương báo cáo.")
    String outlineExists();

    @Message("Không tìm thấy mục số {id} của đề cương báo cáo.")
    String sectionNotFound(long id);

    @Message("Không thể {action} mục {number}: mục đang ở trạng thái \"{state}\".")
    String sectionTransitionRefused(String number, String state, String action);

    @Message("nhận nội dung")
    String actionReceive();

    @Message("chấp nhận")
    String actionAccept();

    @Message("trả lại")
    String actionReturn();

    // -- labels

    // -- outline page
    @Message("Đề cương báo cáo tổng kết")
    String outlineTitle();

    @Message("Chưa có đề cương. Tạo theo 10 nội dung của kế hoạch (mục II.1)?")
    String outlineEmpty();

    @Message("Tạo đề cương theo kế hoạch")
    String outlineCreate();

    @Message("{count} mục quá hạn chưa nhận")
    String outlineLate(long count);

    @Message("Quá hạn")
    String late();

    @Message("Mục")
    String fieldNumber();

    @Message("Nội dung")
    String fieldTitle();

    @Message("Cơ quan chủ trì")
    String fieldOwner();

    @Message("Hạn gửi")
    String fieldDue();

    @Message("Trạng thái")
    String fieldState();

    @Message("Nội dung đã nhận")
    String fieldText();

    @Message("Tệp (PDF hoặc DOCX, tối đa 10 MB)")
    String fieldFile();

    @Message("Thêm mục")
    String sectionAdd();

    @Message("Lưu")
    String save();

    @Message("Ghi nhận nội dung")
    String receiveText();

    @Message("Tải tệp lên")
    String upload();

    @Message("Chấp nhận")
    String accept();

    @Message("Trả lại")
    String giveBack();

    @Message("Xóa")
    String delete();

    @Message("Tải về")
    String download();

    @Message("Xem")
    String preview();

    @Message("Thao tác")
    String colActions();

    @Message("Quay lại hội nghị")
    String backToConference();

    @Message("Tham luận")
    String presentationsTitle();

    @Message("Tài liệu hội nghị")
    String documentsTitle();

    @Message("Dự toán kinh phí")
    String budgetTitle();

    @Message("Không tìm thấy dòng dự toán số {id}.")
    String budgetLineNotFound(long id);

    @Message("In dự toán (PDF)")
    String budgetPrint();

    @Message("Thêm khoản chi")
    String budgetAdd();

    @Message("Khoản mục")
    String fieldCategory();

    @Message("Diễn giải")
    String fieldDescription();

    @Message("Số lượng")
    String fieldQuantity();

    @Message("Đơn vị tính")
    String fieldUnit();

    @Message("Đơn giá (đồng)")
    String fieldUnitPrice();

    @Message("Thành tiền")
    String fieldAmount();

    @Message("Cộng chi phí tổ chức")
    String costTotal();

    @Message("Tiền thưởng Bằng khen")
    String prizeMoney();

    @Message("Cộng tiền thưởng")
    String prizeTotal();

    @Message("Tổng cộng")
    String grandTotal();

    @Message("Không tìm thấy tham luận số {id}.")
    String presentationNotFound(long id);

    @Message("Không thể {action} tham luận của {organization}: tham luận đang ở trạng thái \"{state}\".")
    String presentationTransitionRefused(String organization, String state, String action);

    @Message("gửi dự thảo")
    String actionUpload();

    @Message("Đường dẫn không đúng hoặc đã hết hiệu lực.")
    String linkNotFound();

    @Message("Cơ quan, đơn vị tham luận")
    String fieldOrganization();

    @Message("Thư điện tử")
    String fieldEmail();

    @Message("Chủ đề tham luận")
    String fieldTopic();

    @Message("Ý kiến chỉnh sửa")
    String fieldComments();

    @Message("Bắt đầu")
    String fieldStartsAt();

    @Message("Kết thúc")
    String fieldEndsAt();

    @Message("Đại biểu trình bày")
    String fieldPresenter();

    @Message("Đề nghị đơn vị tham luận")
    String presentationRequest();

    @Message("Chưa chọn đơn vị tham luận nào.")
    String presentationsEmpty();

    @Message("Chấp nhận, đưa vào chương trình")
    String acceptOntoAgenda();

    @Message("Gửi dự thảo tham luận")
    String uploadTitle();

    @Message("Chọn tệp dự thảo (PDF hoặc DOCX, tối đa 10 MB) rồi bấm Gửi.")
    String uploadIntro();

    @Message("Gửi")
    String uploadSend();

    @Message("Đã nhận dự thảo. Cảm ơn quý đơn vị.")
    String uploadDone();

    @Message("Tham luận đã được chấp nhận; không cần gửi thêm.")
    String uploadClosed();

    @Message("Hội nghị")
    String conferenceLabel();

    @Message("Tải toàn bộ tài liệu (một tệp PDF)")
    String combinedPdf();

    @Message("Một tệp PDF trong bộ tài liệu không đọc được.")
    String pdfUnreadable();

    // -- enum labels, one method per enum: texts in messages/prep_vi.properties and prep_en.properties
    @Message
    String sectionState(SectionState state);

    @Message
    String budgetCategory(BudgetCategory category);

    @Message
    String presentationState(PresentationState state);

    // -- budget page notices
    @Message("Đã thêm khoản chi \"{description}\".")
    String budgetLineAdded(String description);

    @Message("Đã xóa khoản chi.")
    String budgetLineDeleted();

    // -- heads of the budget estimate and the summary report (issue 19)
    @Message("Đã lưu phần đầu và chữ ký của văn bản.")
    String documentHeadSaved();

    @Message("Phần đầu và chữ ký của dự toán (Sở Tài chính)")
    String budgetHeadTitle();

    @Message("Phần đầu và chữ ký của báo cáo")
    String reportHeadTitle();

    @Message("Cơ quan ban hành (mỗi dòng một cấp, cơ quan ban hành ở dòng cuối)")
    String fieldIssuer();

    @Message("Số, ký hiệu")
    String fieldDocNumber();

    @Message("Ngày ban hành")
    String fieldIssuedOn();

    @Message("Thẩm quyền và chức vụ người ký (mỗi dòng một dòng in)")
    String fieldSignerTitle();

    @Message("Họ và tên người ký")
    String fieldSignerName();

    @Message("Căn cứ (mỗi dòng một căn cứ)")
    String fieldBasis();

    @Message("Lưu phần đầu và chữ ký")
    String saveHead();

    @Message("Tiền thưởng chi từ Quỹ thi đua, khen thưởng, không cộng vào kinh phí tổ chức hội nghị.")
    String prizeMoneyApart();

    @Message("Bằng chữ: {words}.")
    String amountInWords(String words);

    @Message("In báo cáo (PDF)")
    String reportPrint();

    @Message("Chỉ đặt được tham luận vào một mục \"Tham luận\" của chương trình hội nghị này.")
    String notAPresentationItem();

    @Message("Hãy nhập thời gian bắt đầu và kết thúc, hoặc chọn mục \"Tham luận\" để đặt tham luận vào.")
    String slotOrItemNeeded();

    @Message("Đặt trong mục chương trình")
    String fieldPlaceInItem();

    @Message("Mục riêng (theo thời gian dưới đây)")
    String ownSlot();

    @Message("Nghỉ giải lao")
    String agendaBreak();
}
