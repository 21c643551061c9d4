package vn.tongket.reform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Warnings of the 2025 reform and the review year: Vietnamese here, English in messages/ref_en.properties. */
@MessageBundle(value = "ref", locale = "vi")
public interface ReformMessages {

    @Message("Cần kiểm tra")
    String warningsTitle();

    @Message("Năm tổng kết {reviewYear} không khớp với ngày họp {date}: hội nghị tổng kết năm {reviewYear} họp trong năm {reviewYear} hoặc năm {nextYear}.")
    String reviewYearMismatch(int reviewYear, String date, int nextYear);

    @Message("{what}: “{name}” là đơn vị cấp huyện, nhưng từ ngày 01/7/2025 chính quyền địa phương chỉ còn cấp tỉnh và cấp xã (Luật Tổ chức chính quyền địa phương số 72/2025/QH15); hãy dùng đơn vị cấp tỉnh, cấp xã hoặc Ban Chỉ huy Phòng thủ khu vực.")
    String districtLevel(String what, String name);

    @Message("{what}: “{text}” dùng tên tỉnh cũ “{oldName}”; từ ngày {date} là tỉnh {newName}.")
    String oldProvinceName(String what, String text, String oldName, String date, String newName);

    @Message("Cơ quan ban hành")
    String whatIssuer();

    @Message("Địa danh ghi ngày tháng")
    String whatPlace();

    @Message("Địa chỉ nơi họp")
    String whatVenue();

    @Message("Tên hội nghị")
    String whatTitle();

    @Message("Đại biểu {name}")
    String whatDelegate(String name);

    @Message("Đề nghị khen thưởng “{name}”")
    String whatNomination(String name);
}
