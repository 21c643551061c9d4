package vn.tongket.preparation;

import io.quarkus.qute.TemplateExtension;
import vn.tongket.nomination.PrizeMoney;

/** Amounts as Vietnamese documents write them ("1.800.000 đồng"), in templates as {amount.money}. */
public final class Money {

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

    /** A count with its thousands grouped by dots ("1.500"), as the amounts beside it. */
    @TemplateExtension
    public static String grouped(int count) {
        return PrizeMoney.grouped(count);
    }
}
