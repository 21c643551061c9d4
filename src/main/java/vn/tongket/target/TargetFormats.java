package vn.tongket.target;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures of the targets table written the Vietnamese way: 0,82 and 1.500. */
public final class TargetFormats {

    private TargetFormats() {
    }

    @TemplateExtension(matchName = "vi")
    public static String vietnamese(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.###", symbols).format(value);
    }
}
