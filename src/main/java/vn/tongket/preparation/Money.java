package vn.tongket.preparation;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.TemplateExtension;
import vn.tongket.nomination.PrizeMoney;

import java.util.Locale;

/** Amounts as Vietnamese documents write them ("1.800.000 đồng"), in templates as {amount.money}. */
public final class Money {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** RuleBasedNumberFormat is not thread-safe. */
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.forLanguageTag("vi"), RuleBasedNumberFormat.SPELLOUT));

    private Money() {
    }

    @TemplateExtension
    public static String money(long amount) {
        return PrizeMoney.vnd(amount);
    }

    /** An amount without its unit ("1.800.000"), for a table whose heading says "Đơn vị tính: đồng" once. */
    @TemplateExtension
    public static String digits(long amount) {
        return PrizeMoney.grouped(amount);
    }

    /**
     * The amount in words as a clerk writes it under a total: "Một triệu tám trăm nghìn đồng". The words are ICU's
     * Vietnamese spellout (CLDR rules); only the capital letter and the unit are ours.
     */
    @TemplateExtension
    public static String words(long amount) {
        String spelled = SPELLOUT.get().format(amount);
        return spelled.substring(0, 1).toUpperCase(VIETNAMESE) + spelled.substring(1) + " đồng";
    }

    /** A count with its thousands grouped by dots ("1.500"), as the amounts beside it. */
    @TemplateExtension
    public static String grouped(int count) {
        return PrizeMoney.grouped(count);
    }
}
