package vn.tongket.nomination;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the legal texts page (/admin/legal-bases): Vietnamese here, English in messages/law_en.properties. */
@MessageBundle(value = "law", locale = "vi")
public interface LegalBasisMessages {

    @Message("Văn bản pháp lý")
    String legalBasesTitle();

    @Message("Quyết định khen thưởng trích dẫn (\"Căn cứ ...\") các văn bản còn hiệu lực vào ngày ký.")
    String legalBasesIntro();

    @Message("Chưa có văn bản nào.")
    String legalBasesEmpty();

    @Message("Thêm văn bản")
    String legalBasisAdd();

    @Message("Sửa văn bản")
    String legalBasisEdit();

    @Message("Sửa {number}")
    String legalBasisEditLabel(String number);

    @Message("Đã lưu văn bản {number}.")
    String legalBasisSaved(String number);

    @Message("Đã xóa văn bản {number}.")
    String legalBasisDeleted(String number);

    @Message("Xóa văn bản nhập nhầm")
    String legalBasisDeleteTitle();

    @Message("Xóa văn bản {number}? Chỉ xóa văn bản nhập nhầm; văn bản hết hiệu lực thì ghi ngày hết hiệu lực.")
    String legalBasisDeleteQuestion(String number);

    @Message("Tên văn bản")
    String fieldTitle();

    @Message("Số hiệu")
    String fieldNumber();

    @Message("Ngày ban hành")
    String fieldIssuedOn();

    @Message("Trích yếu sau ngày ban hành")
    String fieldSubject();

    @Message("Hiệu lực từ ngày")
    String fieldEffectiveFrom();

    @Message("Hết hiệu lực sau ngày")
    String fieldEffectiveUntil();

    @Message("Để trống khi văn bản còn hiệu lực; ghi ngày cuối cùng văn bản còn hiệu lực để kết thúc văn bản.")
    String effectiveUntilHint();

    @Message("Nguồn đối chiếu (địa chỉ, điều khoản)")
    String fieldSource();

    @Message("Đã đối chiếu số hiệu và ngày tháng với nguồn")
    String fieldConfirmed();

    @Message("Thứ tự trích dẫn")
    String fieldSortOrder();

    @Message("Hiệu lực")
    String colPeriod();

    @Message("{from} – nay")
    String periodOpen(String from);

    @Message("{from} – {until}")
    String periodClosed(String from, String until);

    @Message("chưa xác nhận")
    String unconfirmed();

    @Message("Đã xác nhận")
    String confirmed();

    @Message("Không tìm thấy văn bản số {id}.")
    String legalBasisNotFound(long id);

    @Message("Đã có văn bản số hiệu {number}.")
    String legalBasisNumberTaken(String number);

    @Message("Ngày hết hiệu lực không được trước ngày có hiệu lực.")
    String untilBeforeFrom();

    @Message("Ngày có hiệu lực không được trước ngày ban hành.")
    String fromBeforeIssued();

    @Message("Căn cứ pháp lý (văn bản, điều khoản, nguồn)")
    String rateSource();

    @Message("Đã đối chiếu mức và ngày áp dụng với văn bản")
    String rateConfirmed();

    @Message("Căn cứ: {source}")
    String rateSourceShown(String source);

    @Message("chưa ghi căn cứ")
    String rateNoSource();
}
