package vn.tongket.nomination;

import io.quarkus.qute.TemplateExtension;
import vn.tongket.conference.Conference;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * View-only formats of the commendation pages and documents: {@code {entry.at.localTime}} reads "07:30 08/12/2023"
 * in Vietnam time, {@code {rate.value.number}} reads "1,5" or "2.340.000" as Vietnamese writes numbers.
 */
@TemplateExtension
public final class DisplayFormats {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Conference.ZONE);

    private DisplayFormats() {
    }

    public static String localTime(Instant at) {
        return LOCAL.format(at);
    }

    /** A dot between thousands and a decimal comma, every digit kept and no trailing zeros: "1,5", "2.340.000". */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        // Written out rather than taken from the "vi" locale data, which a JDK may lack or change.
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(Math.max(plain.scale(), 0));
        return format.format(plain);
    }
}
