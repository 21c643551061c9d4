package vn.tongket.dossier;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** The dossier page's form for the command's proposal number, date and signer. */
public class DossierSettingsForm implements PageForm<DossierSettingsRequest> {

    @RestForm
    public String proposalNumber;
    @RestForm
    public String proposalDate;
    @RestForm
    public String signerTitle;
    @RestForm
    public String signerName;

    @Override
    public DossierSettingsRequest read(FormInput in) {
        return new DossierSettingsRequest(in.text("proposalNumber", proposalNumber),
                in.date("proposalDate", proposalDate), in.text("signerTitle", signerTitle),
                in.text("signerName", signerName));
    }

    public static FormState of(DossierSettings s) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("proposalNumber", s.proposalNumber);
        values.put("proposalDate", s.proposalDate);
        values.put("signerTitle", s.signerTitle);
        values.put("signerName", s.signerName);
        return FormState.filled(values);
    }
}
