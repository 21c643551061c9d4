package vn.tongket.nomination;

import io.quarkus.qute.TemplateExtension;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.preparation.DocumentHeadRequest;
import vn.tongket.preparation.DocumentHeads;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** "Người ký danh sách" on the review page: who signs the consolidated nomination list for Sở Nội vụ. */
public class ListSignerForm implements PageForm<DocumentHeadRequest> {

    @RestForm
    public String signerTitle;
    @RestForm
    public String signerName;

    /** Only the signer: the issuer lines saved through the API are kept by {@link DocumentHeads#saveSigner}. */
    @Override
    public DocumentHeadRequest read(FormInput in) {
        return new DocumentHeadRequest(null, null, null, in.verbatim("signerTitle", signerTitle),
                in.text("signerName", signerName), null);
    }

    /** The form filled with the signer the list prints today; {@code {head.signerForm}} in a template. */
    @TemplateExtension
    public static FormState signerForm(DocumentHeads.Head head) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("signerTitle", head.signerTitleText());
        values.put("signerName", head.signerName());
        return FormState.filled(values);
    }
}
