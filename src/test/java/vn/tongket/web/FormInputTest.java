package vn.tongket.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Numbers as a Vietnamese clerk types them, and as a browser's number field sends them. */
class FormInputTest {

    @Test
    void readsThousandsGroupedByDotsAndDecimalCommas() {
        assertEquals(new BigDecimal("30000"), FormInput.parseDecimal("30.000"));
        assertEquals(new BigDecimal("1800000"), FormInput.parseDecimal("1.800.000"));
        assertEquals(new BigDecimal("30000"), FormInput.parseDecimal("30 000"));
        assertEquals(new BigDecimal("1.5"), FormInput.parseDecimal("1,5"));
        assertEquals(new BigDecimal("1800000.5"), FormInput.parseDecimal("1.800.000,5"));
        assertEquals(new BigDecimal("1.5"), FormInput.parseDecimal("1.5"));
        assertEquals(new BigDecimal("12"), FormInput.parseDecimal("12"));
        assertEquals(new BigDecimal("-3000"), FormInput.parseDecimal("-3.000"));
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertNull(FormInput.parseDecimal("ba mươi"));
        assertNull(FormInput.parseDecimal("1,5,5"));
        assertNull(FormInput.parseDecimal("12a"));
    }
}
