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

    @Message("Không tìm thấy quyết định số {id}.")
    String decisionNotFound(long id);

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

    @Message("Tệp có quá nhiều dòng: mỗi lần nhập tối đa {max} dòng.")
    String importTooManyRows(int max);

    @Message("Dòng {row}, cột {column}: ô dài quá {max} ký tự.")
    String importCellTooLarge(int row, String column, int max);

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

    // -- pages
    @Message("Khen thưởng")
    String navNominations();

    @Message("Mức tiền thưởng")
    String prizeRatesTitle();

    @Message("Đề nghị khen thưởng")
    String boardTitle();

    @Message("Thẩm định đề nghị khen thưởng")
    String reviewTitle();

    @Message("Quyết định khen thưởng")
    String decisionTitle();

    @Message("Trao thưởng tại hội nghị")
    String awardsTitle();

    @Message("Chưa có tập thể, cá nhân nào được quyết định khen thưởng.")
    String awardsEmpty();

    @Message("người nhận")
    String receivedBy();

    @Message("Văn bản")
    String documentsTitle();

    @Message("Danh sách đề nghị khen thưởng (gửi Sở Nội vụ)")
    String docList();

    @Message("Dự thảo Quyết định tặng Bằng khen (PDF)")
    String docDraftDecision();

    @Message("Nhập từ tệp XLSX (theo mẫu danh sách)")
    String importLabel();

    @Message("Nhập danh sách")
    String importSubmit();

    @Message("Đã nhập {count} đề nghị.")
    String imported(int count);

    @Message("Danh sách đề nghị")
    String nominationsTitle();

    @Message("Chưa có đề nghị nào.")
    String nominationsEmpty();

    @Message("Mở")
    String open();

    @Message("Gửi thẩm định các đề nghị đã chọn")
    String bulkSubmit();

    @Message("Đã gửi thẩm định {count} đề nghị.")
    String bulkSubmitted(int count);

    @Message("Thêm đề nghị")
    String createTitle();

    @Message("Lưu bản nháp")
    String createSubmit();

    @Message("Loại")
    String fieldKind();

    @Message("Tên tập thể / họ và tên")
    String fieldNomineeName();

    @Message("Cấp bậc")
    String fieldRank();

    @Message("Giới tính")
    String fieldGender();

    @Message("Năm sinh")
    String fieldBirthYear();

    @Message("Cơ sở")
    String fieldGrassroots();

    @Message("Đơn vị đề nghị")
    String fieldProposingUnit();

    @Message("Người đại diện nhận khen thưởng (tập thể)")
    String fieldRepresentativeName();

    @Message("Chức vụ người đại diện")
    String fieldRepresentativePosition();

    @Message("Tóm tắt thành tích")
    String fieldAchievements();

    @Message("Cơ sở: {grassroots}/{used}")
    String grassrootsShare(long grassroots, long used);

    @Message("Chưa đến một nửa số {kind} được đề nghị là cơ sở; kế hoạch ưu tiên khen thưởng cơ sở.")
    String grassrootsWarning(String kind);

    @Message("Có")
    String yes();

    @Message("Không")
    String no();

    @Message("Số quyết định")
    String decisionNumber();

    @Message("Ngày ký")
    String signedOn();

    @Message("Tiền thưởng")
    String prizeAmount();

    @Message("Tổng cộng")
    String total();

    @Message("Gửi thẩm định")
    String submit();

    @Message("Xác nhận đã trao thưởng")
    String markAwarded();

    @Message("Rút đề nghị")
    String withdraw();

    @Message("Tệp đính kèm")
    String attachmentsTitle();

    @Message("Chưa có tệp đính kèm.")
    String attachmentsEmpty();

    @Message("Tải lên (PDF, DOCX, PNG, JPEG; tối đa 10 MB)")
    String attachmentUpload();

    @Message("Người đại diện nhận khen thưởng")
    String representativeTitle();

    @Message("Lịch sử xử lý")
    String historyTitle();

    @Message("Thời điểm")
    String historyAt();

    @Message("Người thực hiện")
    String historyActor();

    @Message("Việc đã làm")
    String historyChange();

    @Message("Ghi chú")
    String historyNote();

    @Message("Không có đề nghị nào chờ thẩm định.")
    String queueEmpty();

    @Message("Duyệt")
    String approve();

    @Message("Trả lại")
    String returnAction();

    @Message("Không duyệt")
    String reject();

    @Message("Đã ghi kết quả thẩm định: {name}.")
    String reviewed(String name);

    @Message("Mức áp dụng ngày {date}: lương cơ sở {base}, hệ số {coefficient.number}; cá nhân {individual}, tập thể {collective}.")
    String ratesOn(String date, String base, java.math.BigDecimal coefficient, String individual, String collective);

    @Message("Chưa có mức tiền thưởng áp dụng cho ngày {date}.")
    String noRatesOn(String date);

    @Message("Không có đề nghị nào đã thẩm định chờ quyết định.")
    String approvedEmpty();

    @Message("Ghi quyết định")
    String decisionSubmit();

    @Message("Đã ghi Quyết định số {number}.")
    String decisionRecorded(String number);

    @Message("Quyết định số {number} ngày {date}")
    String decisionHeading(String number, String date);

    @Message("Ngày áp dụng")
    String effectiveFrom();

    @Message("Giá trị")
    String rateValue();

    @Message("Thêm hoặc sửa mức")
    String rateSave();

    // -- enum labels, one method per enum: texts in messages/nom_vi.properties and nom_en.properties
    @Message
    String nominationKind(NominationKind kind);

    @Message
    String nominationStatus(NominationStatus status);

    @Message
    String nominationAction(NominationAction action);

    @Message
    String gender(Gender gender);

    @Message
    String rateName(PrizeRate.Name name);

    // -- confirming a decision
    @Message("Tôi xác nhận ghi quyết định khen thưởng cho các đề nghị đã đánh dấu ({n} đề nghị đã duyệt đang chờ); quyết định đã ghi không sửa được.")
    String decisionConfirm(long n);

    @Message("Hãy đánh dấu ô xác nhận: quyết định sẽ ghi khen thưởng cho {n} đề nghị đã chọn và không sửa được sau khi ghi.")
    String decisionConfirmRequired(int n);
    // -- the history of a nomination in words: texts of historyAction in nom_vi.properties and nom_en.properties
    @Message("Hệ thống")
    String historySystem();

    @Message("Tạo đề nghị")
    String historyCreated();

    @Message
    String historyAction(NominationAction action);
    // -- nomination, review, decision and prize-rate forms (issue 18)
    @Message("Thông tin riêng của cá nhân")
    String individualFields();

    @Message("Thông tin riêng của tập thể")
    String collectiveFields();

    @Message("Chưa gửi được “{name}”: {reason}")
    String notSubmitted(String name, String reason);

    @Message("hãy mở đề nghị và gửi lại.")
    String notSubmittedRetry();

    @Message("Sở Nội vụ đã trả lại đề nghị này")
    String returnedTitle();

    @Message("Lý do trả lại ({at}):")
    String returnedReason(String at);

    @Message("Sửa đề nghị hoặc tệp đính kèm theo lý do trên, rồi bấm “Gửi thẩm định” để gửi lại.")
    String returnedFix();

    @Message("Xoá")
    String attachmentRemove();

    @Message("Xoá hẳn tệp “{name}”? Không thể hoàn tác.")
    String attachmentRemoveConfirm(String name);

    @Message("Xoá tệp {name}")
    String attachmentRemoveYes(String name);

    @Message("Xem trước")
    String decisionPreview();

    @Message("Số tiền thưởng tính theo mức áp dụng tại ngày ký. Đổi ngày ký rồi bấm “Xem trước” để tính lại; khi ghi quyết định, số tiền được tính theo đúng ngày ký đã nhập.")
    String decisionPreviewHint();

    @Message("Lưu dòng")
    String rateRowSave();

    @Message("Sửa mức {name} áp dụng từ {date}")
    String rateRowLabel(String name, String date);

    @Message("Đã lưu: {name} áp dụng từ {date}.")
    String rateSaved(String name, String date);

    @Message("Thao tác")
    String actions();

    @Message("Số tờ trình của Sở Nội vụ")
    String proposalNumber();

    @Message("Ngày tờ trình")
    String proposalDate();

    @Message("Không thể duyệt: {message} ({source}).")
    String eligibilityBlocks(String message, String source);

    @Message("Số năm liên tục hoàn thành xuất sắc nhiệm vụ")
    String fieldExcellentYears();

    @Message("Số sáng kiến được công nhận")
    String fieldInitiatives();

    @Message("Bị kỷ luật hoặc đang xem xét kỷ luật trong thời gian tính thành tích")
    String fieldDisciplined();

    @Message("Điều kiện khen thưởng")
    String eligibilityTitle();

    @Message("Đáp ứng các điều kiện đang áp dụng.")
    String eligibilityMet();

    @Message("Chặn duyệt")
    String eligibilityBlock();

    @Message("Lưu ý")
    String eligibilityWarn();

    @Message("phải là số nguyên từ 0 đến 1000")
    String importCount();

    @Message("Người ký danh sách")
    String listHeadTitle();

    @Message("Chức vụ và họ tên in ở phần ký cuối Danh sách đề nghị khen thưởng.")
    String listHeadHint();

    @Message("Lưu người ký")
    String saveListHead();

    @Message("Đã lưu người ký danh sách.")
    String listHeadSaved();
}
