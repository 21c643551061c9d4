package vn.tongket.reform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which texts name an old province: whole words in any case, but not a commune or ward that bears the name. */
class OldNameMatchTest {

    @Test
    void theOldNameInAnyCaseIsFound() {
        assertTrue(ReformCheck.mentions("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Bắc Giang"));
        assertTrue(ReformCheck.mentions("Tỉnh ủy Bắc Giang", "Bắc Giang"));
        assertTrue(ReformCheck.mentions("Bắc Giang", "Bắc Giang"));
        assertTrue(ReformCheck.mentions("thành phố Bắc Giang, tỉnh Bắc Ninh", "Bắc Giang"));
    }

    @Test
    void aWardOrCommuneOfThatNameOrALongerWordIsNot() {
        assertFalse(ReformCheck.mentions("Đường Võ Nguyên Giáp, phường Bắc Giang, tỉnh Bắc Ninh", "Bắc Giang"));
        assertFalse(ReformCheck.mentions("UBND Xã Bắc Giang", "Bắc Giang"));
        assertFalse(ReformCheck.mentions("UBND tỉnh Bắc Ninh", "Bắc Giang"));
        assertFalse(ReformCheck.mentions("Hà Namh", "Hà Nam"));
    }
}
