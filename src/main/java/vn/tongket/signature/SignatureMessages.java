package vn.tongket.signature;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the verification page and API and of the signing notices. Vietnamese here; English in sig_en. */
@MessageBundle(value = "sig", locale = "vi")
public interface SignatureMessages {

    @Message("Xác thực văn bản")
    String verifyTitle();

    @Message("Tải lên tệp PDF của một văn bản do hệ thống phát hành để biết đó có đúng là văn bản đã phát hành, còn nguyên vẹn và có chữ ký số hợp lệ không.")
    String verifyIntro();

    @Message("Đây là văn bản mà mã QR in trên văn bản dẫn tới. Tải lên tệp PDF bạn nhận được để biết đó có đúng là văn bản này, còn nguyên vẹn không.")
    String verifyIntroDocument();

    @Message("Tệp PDF của văn bản")
    String verifyFile();

    @Message("Kiểm tra")
    String verifySend();

    @Message("Văn bản")
    String verifyDocument();

    @Message("Kết quả kiểm tra")
    String verifyResult();

    @Message("Hợp lệ")
    String verifyValid();

    @Message("Không hợp lệ")
    String verifyInvalid();

    @Message("Loại văn bản")
    String fieldTitle();

    @Message("Số, ký hiệu")
    String fieldNumber();

    @Message("Ngày ban hành")
    String fieldIssuedOn();

    @Message("Cơ quan ban hành")
    String fieldIssuer();

    @Message("Người ký")
    String fieldSigners();

    @Message("ký lúc {time}")
    String signedAt(String time);

    @Message("Bản demo: văn bản được ký bằng chứng thư số thử nghiệm do ứng dụng tự tạo khi khởi động, không có giá trị pháp lý.")
    String demoCertificate();

    @Message("Bản sao không có chữ ký số")
    String unsignedCopies();

    @Message("Văn bản tải về từ ứng dụng là bản sao không có chữ ký số: ứng dụng chưa được cấu hình chứng thư số để ký.")
    String unsignedCopiesDetail();

    @Message("Đã có phiên bản phát hành sau thay thế văn bản này.")
    String superseded();

    @Message("Không tìm thấy văn bản này.")
    String documentNotFound();

    @Message("Hãy chọn tệp PDF cần kiểm tra.")
    String fileMissing();

    @Message("Tệp quá lớn: tối đa {maxMb} MB.")
    String fileTooLarge(long maxMb);

    @Message("Văn bản nguyên vẹn, đúng là văn bản đã phát hành và có chữ ký số hợp lệ.")
    String reasonValid();

    @Message("Tệp không phải là tệp PDF đọc được.")
    String reasonNotPdf();

    @Message("Tệp không có chữ ký số: đây không phải bản điện tử đã ký của văn bản.")
    String reasonUnsigned();

    @Message("Chữ ký số không khớp với nội dung: văn bản đã bị sửa đổi sau khi ký.")
    String reasonAltered();

    @Message("Tệp có phần được thêm vào sau khi ký: không còn là văn bản đã ký.")
    String reasonChangedAfterSigning();

    @Message("Chứng thư số của người ký không do tổ chức tin cậy cấp, hoặc đã hết hạn hay bị thu hồi khi ký.")
    String reasonUntrusted();

    @Message("Chữ ký số hợp lệ nhưng văn bản không có trong sổ văn bản đã phát hành của hệ thống.")
    String reasonUnknownDocument();

    @Message("Tệp tải lên không phải là văn bản này (có thể là văn bản khác hoặc một phiên bản khác).")
    String reasonOtherDocument();
}
