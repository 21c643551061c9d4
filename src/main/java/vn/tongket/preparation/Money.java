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
}
