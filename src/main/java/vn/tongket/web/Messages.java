package vn.tongket.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import vn.tongket.conference.AgendaKind;
import vn.tongket.conference.ConferenceStatus;
import vn.tongket.delegate.DelegateCategory;
import vn.tongket.delegate.OrganizationLevel;
import vn.tongket.security.Role;

/**
 * User-facing text of the foundation (pages, errors). Vietnamese here; English in msg_en.properties.
 * Later features keep their own bundles beside their code.
 */
@MessageBundle(value = "msg", locale = "vi")
public interface Messages {

    // -- errors (title, detail)
    @Message("Dữ liệu không hợp lệ")
    String errorInvalid();

    @Message("Xung đột dữ liệu")
    String errorConflict();

    @Message("Không tìm thấy")
    String errorNotFound();

    @Message("Không có quyền")
    String errorForbidden();

    @Message("Bạn không có quyền thực hiện thao tác này.")
    String errorForbiddenDetail();

    @Message("Yêu cầu không đọc được: {detail}")
    String errorUnreadable(String detail);

    @Message("Giá trị không đúng kiểu hoặc không thuộc danh sách cho phép")
    String errorWrongType();

    @Message("Nội dung JSON không đúng cú pháp")
    String errorMalformedJson();

    @Message("Dữ liệu vừa được người khác thay đổi; hãy tải lại trang và thử lại.")
    String errorConcurrentChange();

    @Message("Tạm thời không truy cập được dữ liệu")
    String errorUnavailable();

    @Message("Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu; thao tác của bạn chưa được ghi nhận. Vui lòng thử lại sau ít phút.")
    String errorUnavailableDetail();

    @Message("Hệ thống đang bận")
    String errorBusy();

    @Message("Hệ thống đang phục vụ nhiều yêu cầu cùng lúc; thao tác của bạn chưa được ghi nhận. Vui lòng thử lại sau giây lát.")
    String errorBusyDetail();

    @Message("Hệ thống đang tạo nhiều tài liệu cùng lúc. Vui lòng thử lại sau {seconds} giây.")
    String errorRenderingBusy(int seconds);

    @Message("Tệp nén có quá nhiều thành phần (tối đa {max}).")
    String zipTooManyEntries(int max);

    @Message("Tệp nén khi giải nén quá lớn (tối đa {maxMb} MB).")
    String zipTooLarge(long maxMb);

    @Message("Tệp nén có tỷ lệ nén bất thường (quá {max} lần), có thể là tệp độc hại.")
    String zipRatio(int max);

    @Message("Quá nhiều lần thử")
    String errorTooManyAttempts();

    @Message("Có quá nhiều lần đăng nhập sai hoặc đường dẫn không đúng từ máy của bạn. Vui lòng thử lại sau {minutes} phút.")
    String errorTooManyAttemptsDetail(long minutes);

    @Message("Biểu mẫu thiếu hoặc sai mã chống giả mạo; hãy tải lại trang rồi gửi lại.")
    String errorCsrf();

    @Message("Chưa đăng nhập")
    String errorUnauthorized();

    @Message("Cần đăng nhập bằng tên và mật khẩu đúng.")
    String errorUnauthorizedDetail();

    @Message("Dữ liệu gửi lên quá lớn")
    String errorTooLarge();

    @Message("Nội dung yêu cầu vượt quá giới hạn cho phép.")
    String errorTooLargeDetail();

    @Message("Yêu cầu thiếu nội dung biểu mẫu.")
    String errorEmptyBody();

    @Message("Không được chứa ký tự điều khiển (xuống dòng, tab, NUL...).")
    String errorControlCharacters();

    @Message("Không tìm thấy hội nghị số {id}.")
    String conferenceNotFound(long id);

    @Message("Không tìm thấy mục chương trình số {id}.")
    String agendaItemNotFound(long id);

    @Message("Không tìm thấy đại biểu số {id}.")
    String delegateNotFound(long id);

    @Message("Một cơ quan không thể là cấp trên hoặc đơn vị kế thừa của chính nó.")
    String organizationSelfReference();

    @Message("Thời gian kết thúc phải sau thời gian bắt đầu.")
    String endBeforeStart();

    @Message("Mục \"{title}\" phải nằm trong thời gian hội nghị ({start} - {end}).")
    String agendaOutsideWindow(String title, String start, String end);

    @Message("Mục \"{title}\" trùng thời gian với mục \"{other}\" ({start} - {end}).")
    String agendaOverlap(String title, String other, String start, String end);

    @Message("Email {email} đã có trong danh sách đại biểu của hội nghị này ({name}).")
    String delegateEmailTaken(String email, String name);

    @Message("Không thể rút ngắn thời gian hội nghị: mục \"{title}\" ({start} - {end}) sẽ nằm ngoài.")
    String windowExcludesAgenda(String title, String start, String end);

    // -- long lists (issue 6): paging parameters and the pager under a table
    @Message("Tham số \"page\" (số trang) phải là số nguyên từ 1 đến {max}.")
    String pageInvalid(int max);

    @Message("Tham số \"size\" (số dòng mỗi trang) phải là số nguyên từ 1 đến {max}.")
    String pageSizeInvalid(int max);

    @Message("Phân trang")
    String pagerLabel();

    @Message("Trang {page}/{pages}")
    String pageOf(int page, int pages);

    @Message("Tổng số: {total}")
    String pageTotal(long total);

    @Message("Trang trước")
    String pagePrevious();

    @Message("Trang sau")
    String pageNext();

    // -- invitations and mail (issue 3): messages and enum labels below this line

    // -- nominations, quota, decisions (issue 4): messages and enum labels below this line

    // -- layout and pages
    @Message("Tổng kết")
    String appName();
    @Message("Hội nghị tổng kết công tác quốc phòng địa phương")
    String appTagline();
    @Message("Hội nghị")
    String navConferences();
    @Message("Đăng xuất")
    String navLogout();
    @Message("Đăng nhập")
    String loginTitle();
    @Message("Tên đăng nhập")
    String loginUsername();
    @Message("Mật khẩu")
    String loginPassword();
    @Message("Đăng nhập")
    String loginSubmit();
    @Message("Tên đăng nhập hoặc mật khẩu không đúng.")
    String loginError();
    @Message("Danh sách hội nghị")
    String conferencesTitle();
    @Message("Chưa có hội nghị nào.")
    String conferencesEmpty();
    @Message("Tạo hội nghị")
    String conferenceCreate();
    @Message("Sửa thông tin hội nghị")
    String conferenceEdit();
    @Message("Sửa mục chương trình")
    String agendaEdit();
    @Message("Tên hội nghị")
    String fieldTitle();
    @Message("Năm tổng kết")
    String fieldReviewYear();
    @Message("Bắt đầu")
    String fieldStartsAt();
    @Message("Kết thúc")
    String fieldEndsAt();
    @Message("Địa điểm")
    String fieldVenueName();
    @Message("Địa chỉ")
    String fieldVenueAddress();
    @Message("Cơ quan ban hành")
    String fieldIssuer();
    @Message("Địa danh")
    String fieldPlace();
    @Message("Tạo sẵn chương trình theo kế hoạch (6 mục)")
    String fieldStandardAgenda();
    @Message("Trạng thái")
    String fieldStatus();
    @Message("Thời gian")
    String fieldTime();
    @Message("Chương trình hội nghị")
    String agendaTitle();
    @Message("Chưa có mục nào trong chương trình.")
    String agendaEmpty();
    @Message("Nội dung")
    String fieldAgendaTitle();
    @Message("Người / đơn vị trình bày")
    String fieldPresenter();
    @Message("Loại")
    String fieldKind();
    @Message("Thêm mục")
    String agendaAdd();
    @Message("Xóa")
    String delete();
    @Message("Sửa")
    String edit();
    @Message("Lưu")
    String save();
    @Message("Hủy")
    String cancel();
    @Message("Lên")
    String moveUp();
    @Message("Xuống")
    String moveDown();
    @Message("Danh sách đại biểu")
    String delegatesTitle();
    @Message("Chưa có đại biểu nào.")
    String delegatesEmpty();
    @Message("Tất cả")
    String filterAll();
    @Message("Lọc")
    String filter();
    @Message("Họ và tên")
    String fieldFullName();
    @Message("Chức vụ")
    String fieldPosition();
    @Message("Cơ quan, đơn vị")
    String fieldOrganization();
    @Message("Email")
    String fieldEmail();
    @Message("Điện thoại")
    String fieldPhone();
    @Message("Thành phần")
    String fieldCategory();
    @Message("Thứ tự")
    String fieldPrecedence();
    @Message("Thêm đại biểu")
    String delegateAdd();
    @Message("Sửa thông tin đại biểu")
    String delegateEdit();
    @Message("Danh sách giới thiệu đại biểu")
    String introductionTitle();
    @Message("Tải PDF")
    String downloadPdf();
    @Message("In")
    String print();
    @Message("Đã lưu.")
    String saved();
    @Message("TT")
    String colNo();
    @Message("Thao tác")
    String colActions();
    @Message("Quay lại")
    String back();
    @Message("Trang chủ")
    String home();
    @Message("Lỗi")
    String errorPageTitle();
    @Message("Người dùng")
    String usersTitle();
    @Message("Vai trò")
    String usersRoles();
    @Message("Mật khẩu mới")
    String usersNewPassword();
    @Message("Đang hoạt động")
    String usersEnabled();
    @Message("Tạo tài khoản")
    String usersCreate();
    @Message("Tên đăng nhập {username} đã có.")
    String usernameTaken(String username);
    @Message("Cần đặt mật khẩu (ít nhất 10 ký tự).")
    String passwordRequired();
    @Message("Không tìm thấy người dùng số {id}.")
    String userNotFound(long id);
    @Message("Phải còn ít nhất một quản trị viên đang hoạt động.")
    String lastAdmin();

    // -- enum labels, one method per enum: texts in messages/msg_vi.properties and msg_en.properties
    @Message
    String agendaKind(AgendaKind kind);

    @Message
    String delegateCategory(DelegateCategory category);

    @Message
    String conferenceStatus(ConferenceStatus status);

    @Message
    String organizationLevel(OrganizationLevel level);

    @Message
    String role(Role role);

    // -- confirmations before permanent actions; removing a delegate
    @Message("Hãy đánh dấu ô xác nhận trước khi thực hiện.")
    String confirmRequired();

    @Message("Xóa đại biểu {name}")
    String delegateDeleteTitle(String name);

    @Message("Đại biểu {name} sẽ bị xóa khỏi danh sách. Đại biểu chưa có giấy mời nên sổ giấy mời không thay đổi.")
    String delegateDeleteWill(String name);

    @Message("Giấy mời của {name} đã có số {number} nên không xóa được; giấy mời sẽ được thu hồi: đại biểu ra khỏi danh sách đại biểu, giấy mời vẫn nằm trong sổ giấy mời (trạng thái \"Đã thu hồi\") và trong lịch sử thư đi, đường dẫn trả lời trong thư sẽ báo giấy mời đã bị thu hồi.")
    String delegateWithdrawWill(String name, String number);

    @Message("Tôi xác nhận xóa đại biểu này")
    String delegateDeleteConfirm();

    @Message("Tôi xác nhận thu hồi giấy mời {number}")
    String delegateWithdrawConfirm(String number);

    @Message("Thu hồi giấy mời")
    String delegateWithdraw();

    @Message("Đã xóa đại biểu {name}.")
    String delegateDeleted(String name);

    @Message("Đã thu hồi giấy mời {number} của {name}.")
    String delegateWithdrawn(String number, String name);
    // -- page forms
    @Message("không phải là một số (ví dụ 30.000 hoặc 1,5)")
    String formNotANumber();

    @Message("phải là số nguyên")
    String formNotWholeNumber();

    @Message("không phải là ngày giờ hợp lệ")
    String formNotADate();

    @Message("không thuộc danh sách cho phép")
    String formNotAChoice();

    @Message("Chưa lưu: {count} ô cần sửa, xem thông báo bên cạnh từng ô.")
    String formFieldErrors(int count);

    @Message("không bắt buộc")
    String optional();

    // -- administration: organisations page, users page notices
    @Message("Cơ quan, đơn vị")
    String organizationsTitle();

    @Message("Chưa có cơ quan, đơn vị nào.")
    String organizationsEmpty();

    @Message("Thêm cơ quan, đơn vị")
    String organizationAdd();

    @Message("Sửa")
    String organizationEdit();

    @Message("Tên cơ quan, đơn vị")
    String fieldOrganizationName();

    @Message("Cấp")
    String fieldOrganizationLevel();

    @Message("Trực thuộc")
    String fieldOrganizationParent();

    @Message("Cấp cơ sở")
    String fieldOrganizationGrassroots();

    @Message("(không trực thuộc cơ quan nào)")
    String organizationNoParent();

    @Message("Đã thêm cơ quan, đơn vị \"{name}\".")
    String organizationAdded(String name);

    @Message("Đã lưu cơ quan, đơn vị \"{name}\".")
    String organizationSaved(String name);

    @Message("Đã có cơ quan, đơn vị tên \"{name}\".")
    String organizationNameTaken(String name);

    @Message("Không tìm thấy cơ quan, đơn vị số {id}.")
    String organizationNotFound(long id);

    @Message("Đã tạo tài khoản {username}.")
    String userCreated(String username);

    @Message("Đã lưu tài khoản {username}.")
    String userSaved(String username);
    // -- language switch in the header: each language named in itself, the same in both bundles
    @Message("Ngôn ngữ")
    String languageSwitch();
    @Message("Tiếng Việt")
    String languageVietnamese();
    @Message("English")
    String languageEnglish();

    /** The day of the week of {@code java.time.DayOfWeek#getValue()}, 1 for Monday: "thứ Hai" ... "Chủ nhật". */
    @Message("{#when day}{#is 1}thứ Hai{#is 2}thứ Ba{#is 3}thứ Tư{#is 4}thứ Năm{#is 5}thứ Sáu{#is 6}thứ Bảy{#else}Chủ nhật{/when}")
    String weekday(int day);

    // -- a delete that asks first (tags/confirmDelete.html)
    @Message("Xóa hẳn")
    String deleteConfirm();

    @Message("Xóa mục “{title}” khỏi chương trình?")
    String agendaDeleteQuestion(String title);

    @Message("Xóa dòng “{description}” khỏi dự toán?")
    String budgetLineDeleteQuestion(String description);

    // Issue 19: rank, Party title, protocol group, who presides, document signers.
    @Message("Cấp bậc quân hàm")
    String fieldRank();

    @Message("Chức vụ trong Đảng")
    String fieldPartyTitle();

    @Message("Thuộc Thường trực Tỉnh ủy, HĐND, UBND tỉnh (giới thiệu trước)")
    String fieldProvincialStanding();

    @Message("Tập thể được khen thưởng (giấy mời gửi đơn vị, cử đại diện nhận)")
    String fieldCollective();

    @Message("Người chủ trì Hội nghị (không nhận giấy mời)")
    String fieldPresiding();

    @Message("— chưa chọn —")
    String presidingNone();

    @Message("Cơ quan chủ quản của cơ quan ban hành")
    String fieldIssuerParent();

    @Message("Người ký Quyết định: thẩm quyền ký (KT. CHỦ TỊCH)")
    String fieldDecisionAuthority();

    @Message("Người ký Quyết định: chức vụ")
    String fieldDecisionTitle();

    @Message("Người ký Quyết định: họ và tên")
    String fieldDecisionName();

    @Message("Văn bản của Bộ CHQS: cơ quan chủ quản")
    String fieldCommandParent();

    @Message("Văn bản của Bộ CHQS: cơ quan ban hành")
    String fieldCommandIssuer();

    @Message("Văn bản của Bộ CHQS: thẩm quyền ký")
    String fieldCommandAuthority();

    @Message("Văn bản của Bộ CHQS: chức vụ người ký")
    String fieldCommandTitle();

    @Message("Văn bản của Bộ CHQS: họ và tên người ký")
    String fieldCommandName();

    @Message("Người chủ trì phải là đại biểu của hội nghị này (mã {id}).")
    String presidingNotDelegate(long id);
}
