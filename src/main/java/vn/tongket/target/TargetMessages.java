package vn.tongket.target;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the targets and results: Vietnamese here, English in messages/tgt_en.properties. */
@MessageBundle(value = "tgt", locale = "vi")
public interface TargetMessages {

    @Message("Không tìm thấy chỉ tiêu số {id}.")
    String targetNotFound(long id);

    @Message("Đã có chỉ tiêu \"{name}\" trong hội nghị này.")
    String targetDuplicate(String name);

    @Message("Không đọc được tệp XLSX.")
    String importUnreadable();

    @Message("Tệp không có dòng tiêu đề bắt đầu bằng \"Đơn vị\".")
    String importNoHeader();

    @Message("Dòng {row}, cột {column}: \"{text}\" không phải là một số.")
    String importNotANumber(int row, String column, String text);

    @Message("Dòng {row}, cột {column}: thiếu {what}.")
    String importMissing(int row, String column, String what);

    @Message("Tệp quá lớn: tối đa {max} dòng.")
    String importTooManyRows(int max);

    @Message("Kết quả thực hiện chỉ tiêu")
    String targetsTitle();

    @Message("Chỉ tiêu")
    String targetsHeading();

    @Message("Tên chỉ tiêu")
    String name();

    @Message("Đơn vị tính")
    String unit();

    @Message("Chỉ tiêu")
    String targetValue();

    @Message("Nguồn")
    String source();

    @Message("Thêm chỉ tiêu")
    String addTarget();

    @Message("Lưu")
    String save();

    @Message("Lấy các chỉ tiêu của kế hoạch")
    String seed();

    @Message("Chưa có chỉ tiêu nào.")
    String noTargets();

    @Message("Kết quả của các đơn vị")
    String resultsHeading();

    @Message("Đơn vị")
    String organization();

    @Message("Nhập kết quả")
    String addResult();

    @Message("Kết quả")
    String value();

    @Message("Đạt mọi chỉ tiêu")
    String metAll();

    @Message("Đơn vị đạt mọi chỉ tiêu")
    String metAllTitle();

    @Message("Chưa có đơn vị nào đạt mọi chỉ tiêu.")
    String noneMetAll();

    @Message("Đạt")
    String met();

    @Message("Chưa đạt")
    String notMet();

    @Message("Xuất XLSX")
    String exportXlsx();

    @Message("Nhập từ XLSX")
    String importXlsx();

    @Message("Tệp XLSX (cùng bố cục với tệp xuất)")
    String importFile();

    @Message("Đã nhập {count} kết quả.")
    String imported(int count);

    @Message("Đã lưu.")
    String saved();

    @Message("Kết quả thực hiện chỉ tiêu năm của đơn vị")
    String nominationResults();

    @Message("Đơn vị chưa có kết quả thực hiện chỉ tiêu.")
    String nominationNoResults();
}
