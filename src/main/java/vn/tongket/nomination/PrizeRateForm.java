package vn.tongket.nomination;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.FormState;
import vn.tongket.web.PageForm;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One prize money rate: a new row, or a stored row corrected in place. Values typed the Vietnamese way ("2.340.000"). */
public class PrizeRateForm implements PageForm<PrizeRateRequest> {

    @RestForm
    public String name;
    @RestForm
    public String effectiveFrom;
    @RestForm
    public String value;
    @RestForm
    public String note;
    @RestForm
    public String source;
    @RestForm
    public String confirmed;

    @Override
    public PrizeRateRequest read(FormInput in) {
        return new PrizeRateRequest(in.choice(PrizeRate.Name.class, "name", name), in.date("effectiveFrom", effectiveFrom),
                in.decimal("value", value), in.text("note", note), in.text("source", source),
                in.ticked("confirmed", confirmed));
    }

    /** A stored row as its form shows it; the value written the Vietnamese way, as the clerk would type it. */
    public static FormState of(PrizeRate r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", r.name);
        values.put("effectiveFrom", r.effectiveFrom);
        values.put("value", vietnamese(r.value));
        values.put("note", r.note);
        values.put("source", r.source);
        values.put("confirmed", r.confirmed);
        return FormState.filled(values);
    }

    /** 2340000 as "2.340.000", 1.5 as "1,5": read back by {@link vn.tongket.web.FormInput#decimal} as the same number. */
    static String vietnamese(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.####", symbols).format(value);
    }
}
