package vn.tongket.delegate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the delegate import: Vietnamese here, English in messages/dlg_en.properties. */
@MessageBundle(value = "dlg", locale = "vi")
public interface DelegateMessages {

    @Message("Nhập danh sách đại biểu từ tệp Excel")
    String importTitle();

    @Message("Nhập từ tệp Excel")
    String importLink();

    @Message("Tải tệp mẫu, điền mỗi đại biểu một dòng (xem trang \"Hướng dẫn\" trong tệp), rồi tải tệp lên. "
            + "Nếu có ô nào sai, không đại biểu nào được thêm và trang này liệt kê từng ô cần sửa.")
    String importHelp();

    @Message("Tải tệp mẫu (.xlsx)")
    String importTemplate();

    @Message("Tệp danh sách (.xlsx)")
    String importFile();

    @Message("Nhập danh sách")
    String importSubmit();

    @Message("Chưa nhập: {count} ô cần sửa. Sửa trong tệp rồi tải lên lại; chưa đại biểu nào được thêm.")
    String importRejected(int count);

    @Message("Ô")
    String importColCell();

    @Message("Lỗi")
    String importColProblem();

    @Message("Đã thêm {count} đại biểu từ tệp.")
    String imported(int count);

    // -- cells (the row and column go in front: "Dòng 7, cột Email: ...")
    @Message("Dòng {row}, cột {title}: {problem}")
    String importCell(int row, String title, String problem);

    @Message("bắt buộc phải có")
    String cellRequired();

    @Message("dài quá {max} ký tự")
    String cellTooLong(int max);

    @Message("không phải địa chỉ email hợp lệ")
    String cellEmail();

    @Message("chỉ gồm chữ số, dấu cách và + ( ) . - (tối đa 30 ký tự)")
    String cellPhone();

    @Message("phải là một trong: {choices}")
    String cellCategory(String choices);

    @Message("phải là số nguyên từ 0 đến 1.000.000")
    String cellPrecedence();

    @Message("email {email} đã có ở dòng {other} của tệp")
    String cellEmailRepeated(String email, int other);

    @Message("email {email} đã có trong danh sách đại biểu ({name})")
    String cellEmailTaken(String email, String name);

    // -- the file as a whole
    @Message("Không có dòng tiêu đề (ô đầu tiên \"Họ và tên\").")
    String importNoHeader();

    @Message("Tệp không có dòng đại biểu nào.")
    String importEmpty();

    @Message("Chọn tệp .xlsx để tải lên.")
    String importNoFile();
}
