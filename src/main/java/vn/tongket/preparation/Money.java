package vn.tongket.preparation;

import io.quarkus.qute.TemplateExtension;
import vn.tongket.nomination.PrizeMoney;

/** Amounts as Vietnamese documents write them ("1.800.000 đ"), in templates as {amount.money}. */
public final class Money {

    private Money() {
    }

    @TemplateExtension
    public static String money(long amount) {
        return PrizeMoney.vnd(amount);
    }

    /** A count with its thousands grouped by dots ("1.500"), as the amounts beside it. */
    @TemplateExtension
    public static String grouped(int count) {
        String vnd = PrizeMoney.vnd((long) count);
        return vnd.substring(0, vnd.length() - " đ".length());
    }
}
