package vn.tongket.preparation;

import io.quarkus.qute.TemplateExtension;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** The head of the budget estimate or the summary report, on the budget and outline pages. */
public class DocumentHeadForm implements PageForm<DocumentHeadRequest> {

    @RestForm
    public String issuer;
    @RestForm
    public String number;
    @RestForm
    public String issuedOn;
    @RestForm
    public String signerTitle;
    @RestForm
    public String signerName;
    @RestForm
    public String basis;

    @Override
    public DocumentHeadRequest read(FormInput in) {
        return new DocumentHeadRequest(in.verbatim("issuer", issuer), in.text("number", number),
                in.date("issuedOn", issuedOn), in.verbatim("signerTitle", signerTitle), in.text("signerName", signerName),
                in.verbatim("basis", basis));
    }

    /** The form filled with what the document prints today; {@code {head.form}} in a template. */
    @TemplateExtension
    public static FormState form(DocumentHeads.Head head) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("issuer", head.issuerText());
        values.put("number", head.number());
        values.put("issuedOn", head.issuedOn());
        values.put("signerTitle", head.signerTitleText());
        values.put("signerName", head.signerName());
        values.put("basis", head.basisText());
        return FormState.filled(values);
    }
}
