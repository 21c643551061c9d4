package vn.tongket.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the home page, the breadcrumbs, the sign-in return and the "form expired" page. Vietnamese here; English in
 * messages/home_en.properties.
 */
@MessageBundle(value = "home", locale = "vi")
public interface HomeMessages {

    @Message("Việc cần làm")
    String homeTitle();

    @Message("Không có việc nào đang chờ.")
    String homeNothingWaits();

    @Message("Tất cả hội nghị")
    String homeAllConferences();

    @Message("Trang chủ")
    String crumbHome();

    @Message("Đường dẫn")
    String crumbLabel();

    @Message("Hãy đăng nhập để tiếp tục; sau đó bạn sẽ trở lại đúng trang đang làm.")
    String loginToContinue();

    @Message("Các phần việc của hội nghị")
    String confSections();

    @Message("Chuẩn bị")
    String confPreparation();

    @Message("Ngày hội nghị")
    String confDay();

    @Message("Biểu mẫu đã hết hạn")
    String csrfTitle();

    @Message("Thay đổi chưa được lưu: trang này đã mở quá lâu, hoặc biểu mẫu được gửi từ một trang khác, nên hệ thống"
            + " không thể xác nhận yêu cầu là của bạn.")
    String csrfWhat();

    @Message("Hãy mở lại trang, nhập lại và gửi lại.")
    String csrfWhatNext();

    @Message("Mở lại trang")
    String csrfReopen();

    // -- work waiting, one label per kind
    @Message
    String work(WorkQueue.Kind kind);
}
