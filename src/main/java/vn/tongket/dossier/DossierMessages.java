package vn.tongket.dossier;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the commendation dossier: Vietnamese here, English in messages/dos_en.properties. */
@MessageBundle(value = "dos", locale = "vi")
public interface DossierMessages {

    @Message("Hồ sơ khen thưởng")
    String dossierTitle();

    @Message("Các văn bản của hồ sơ đề nghị tặng Bằng khen, theo thứ tự xếp hồ sơ. Văn bản còn thiếu gì thì ghi rõ bên cạnh.")
    String dossierIntro();

    @Message("Văn bản")
    String document();

    @Message("Tình trạng")
    String state();

    @Message("Sẵn sàng")
    String ready();

    @Message("Còn thiếu")
    String notReadyBadge();

    @Message("Tải PDF")
    String download();

    @Message("Tờ trình của Bộ Chỉ huy Quân sự tỉnh")
    String settingsTitle();

    @Message("Số tờ trình (ví dụ 125/TTr-BCH)")
    String proposalNumber();

    @Message("Ngày tờ trình")
    String proposalDate();

    @Message("Chức vụ người ký (mỗi dòng một dòng in)")
    String signerTitle();

    @Message("Họ tên người ký")
    String signerName();

    @Message("Lưu")
    String save();

    @Message("Đã lưu số, ngày và người ký tờ trình.")
    String settingsSaved();

    @Message("Không có văn bản “{key}” trong hồ sơ.")
    String unknownDocument(String key);

    @Message("Chưa in được “{title}”: còn thiếu {missing}.")
    String notReady(String title, String missing);

    // -- titles of the documents
    @Message("Tờ trình đề nghị khen thưởng của Bộ Chỉ huy Quân sự tỉnh (kèm danh sách)")
    String titleProposal();

    @Message("Báo cáo thành tích của từng tập thể, cá nhân")
    String titleAchievementReports();

    @Message("Tờ trình của Sở Nội vụ trình Chủ tịch UBND tỉnh")
    String titleAppraisal();

    @Message("Quyết định tặng Bằng khen")
    String titleDecision();

    @Message("Bảng ký nhận tiền thưởng")
    String titlePrizeReceipts();

    @Message("Bằng khen in trên phôi (một bằng cho mỗi tập thể, cá nhân)")
    String titleCertificates();

    // -- what a document lacks
    @Message("đề nghị khen thưởng đã gửi thẩm định")
    String missingNominations();

    @Message("số và ngày tờ trình của Bộ Chỉ huy Quân sự tỉnh (nhập ở trang Hồ sơ khen thưởng)")
    String missingProposalNumber();

    @Message("họ tên người ký tờ trình của Bộ Chỉ huy Quân sự tỉnh")
    String missingSigner();

    @Message("năm sinh của {name}")
    String missingBirthYear(String name);

    @Message("đề nghị đã được Sở Nội vụ thẩm định (duyệt)")
    String missingApproved();

    @Message("số và ngày tờ trình của Sở Nội vụ (nhập khi ghi quyết định)")
    String missingAppraisalNumber();

    @Message("quyết định khen thưởng đã ghi")
    String missingDecision();

    @Message("số vào sổ của {name}")
    String missingRegister(String name);
}
