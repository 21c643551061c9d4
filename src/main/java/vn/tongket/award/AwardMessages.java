package vn.tongket.award;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the registry of awards and of the eligibility rules: Vietnamese here, English in messages/awd_en.properties. */
@MessageBundle(value = "awd", locale = "vi")
public interface AwardMessages {

    @Message("Sổ khen thưởng")
    String registryTitle();

    @Message("Tìm theo tên, đơn vị")
    String searchText();

    @Message("Năm thành tích")
    String year();

    @Message("Tìm")
    String search();

    @Message("Không có khen thưởng nào khớp.")
    String noAwards();

    @Message("Tên tập thể / Họ và tên")
    String recipient();

    @Message("Cơ quan, đơn vị")
    String organization();

    @Message("Hình thức")
    String awardForm();

    @Message("Quyết định")
    String decision();

    @Message("Số vào sổ")
    String registerNumber();

    @Message("Thành tích")
    String achievement();

    @Message("Tập thể")
    String collective();

    @Message("Cá nhân")
    String individual();

    @Message("Nhập khen thưởng các năm trước (XLSX)")
    String importTitle();

    @Message("Tệp XLSX: hàng tiêu đề bắt đầu bằng “STT”, rồi các cột: Tên tập thể / Họ và tên, Tập thể (x), Cơ quan đơn vị, Hình thức khen thưởng, Số quyết định, Ngày quyết định (dd/mm/yyyy), Năm thành tích, Thành tích, Số vào sổ.")
    String importHint();

    @Message("Tệp")
    String importFile();

    @Message("Nhập")
    String importButton();

    @Message("Đã nhập {count} khen thưởng vào sổ.")
    String imported(int count);

    @Message("Không tìm thấy khen thưởng số {id}.")
    String awardNotFound(long id);

    @Message("Số vào sổ {number} của năm {year} đã có trong sổ (dòng của {name}).")
    String registerTaken(int number, int year, String name);

    // -- import errors
    @Message("Không đọc được tệp: hãy gửi một tệp XLSX.")
    String importUnreadable();

    @Message("Tệp không có hàng tiêu đề bắt đầu bằng “STT”.")
    String importNoHeader();

    @Message("Tệp không có dòng khen thưởng nào.")
    String importEmpty();

    @Message("Tệp có quá {max} dòng.")
    String importTooManyRows(int max);

    @Message("Ô {column}{row} dài quá {max} ký tự.")
    String importCellTooLarge(int row, String column, int max);

    @Message("Dòng {row}, cột {column} ({header}): {problem}.")
    String importCell(int row, String column, String header, String problem);

    @Message("bắt buộc")
    String importRequired();

    @Message("dài quá {max} ký tự")
    String importTooLong(int max);

    @Message("phải là ngày dạng dd/mm/yyyy")
    String importDate();

    @Message("phải là một năm từ 1945 đến 2100")
    String importYear();

    @Message("phải là số nguyên dương")
    String importRegister();

    @Message("trùng số vào sổ của một dòng khác cùng năm")
    String importRegisterRepeated();

    // -- eligibility rules
    @Message("Điều kiện khen thưởng")
    String rulesTitle();

    @Message("Mã quy tắc")
    String ruleCode();

    @Message("Đối tượng")
    String ruleKind();

    @Message("Số năm HTXSNV tối thiểu")
    String ruleMinYears();

    @Message("Số sáng kiến tối thiểu")
    String ruleMinInitiatives();

    @Message("Áp dụng từ")
    String ruleFrom();

    @Message("Áp dụng đến")
    String ruleUntil();

    @Message("Căn cứ (điều, khoản)")
    String ruleSource();

    @Message("Mức độ")
    String ruleSeverity();

    @Message("Đã đối chiếu văn bản")
    String ruleConfirmed();

    @Message("chưa xác nhận")
    String ruleUnconfirmed();

    @Message("Lưu quy tắc")
    String ruleSave();

    @Message("Thêm quy tắc")
    String ruleAdd();

    @Message("Sửa quy tắc {code} ({kind}) từ {date}")
    String ruleRowLabel(String code, String kind, String date);

    @Message("Đã lưu quy tắc {code} áp dụng từ {date}.")
    String ruleSaved(String code, String date);

    @Message("Không tìm thấy quy tắc số {id}.")
    String ruleNotFound(long id);

    @Message("Đã có quy tắc {code} cho đối tượng này áp dụng từ ngày {date}.")
    String ruleDuplicate(String code, String date);

    @Message("Ngày kết thúc phải sau ngày bắt đầu.")
    String rulePeriod();

    // -- findings
    @Message("chưa nhập số năm liên tục hoàn thành xuất sắc nhiệm vụ (cần {min})")
    String findingYearsMissing(int min);

    @Message("mới có {years} năm liên tục hoàn thành xuất sắc nhiệm vụ, cần {min}")
    String findingYearsShort(int years, int min);

    @Message("chưa nhập số sáng kiến được công nhận (cần {min})")
    String findingInitiativesMissing(int min);

    @Message("mới có {count} sáng kiến được công nhận, cần {min}")
    String findingInitiativesShort(int count, int min);

    @Message("đã được tặng {form} cho thành tích năm {year} (Quyết định {decision})")
    String findingSameAchievement(String form, int year, String decision);

    @Message("bị kỷ luật hoặc đang xem xét kỷ luật trong thời gian tính thành tích")
    String findingDisciplined();

    // -- enum labels: texts in messages/awd_vi.properties and awd_en.properties
    @Message
    String ruleCodeName(RuleCode code);

    @Message
    String severity(vn.tongket.nomination.RuleSeverity severity);
}
