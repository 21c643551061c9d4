package vn.tongket.delegate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A position that already names its organisation is not followed by it again; official names in full. */
class AddressingTest {

    @Test
    void sharedWordsAreSaidOnce() {
        assertEquals("Chủ tịch UBND xã Tam Đa", Addressing.positionIn("Chủ tịch UBND", "UBND xã Tam Đa"));
        assertEquals("Chủ tịch UBND tỉnh Bắc Giang", Addressing.positionIn("Chủ tịch UBND tỉnh", "UBND tỉnh Bắc Giang"));
        assertEquals("Phó Tư lệnh Quân khu 1", Addressing.positionIn("Phó Tư lệnh", "Bộ Tư lệnh Quân khu 1"));
        assertEquals("Chánh Văn phòng UBND tỉnh", Addressing.positionIn("Chánh Văn phòng", "Văn phòng UBND tỉnh"));
        assertEquals("Giám đốc Sở Nội vụ", Addressing.positionIn("Giám đốc Sở Nội vụ", "Sở Nội vụ"));
        assertEquals("Giám đốc Sở Nội vụ", Addressing.positionIn("Giám đốc", "Sở Nội vụ"));
        assertEquals("Chủ tịch UBND xã Tân Mỹ", Addressing.positionIn("Chủ tịch UBND", "Xã Tân Mỹ"));
        assertEquals("Bí thư Đảng ủy Ủy ban nhân dân xã", Addressing.positionIn("Bí thư Đảng ủy", "Ủy ban nhân dân xã"));
        assertEquals("Chỉ huy trưởng Ban Chỉ huy quân sự xã Đông Sơn", Addressing.positionIn(
                Addressing.official("Chỉ huy trưởng Ban CHQS xã"), "Xã Đông Sơn"));
    }

    @Test
    void officialNamesAreWrittenInFull() {
        assertEquals("Ban Chỉ huy quân sự huyện Lục Nam", Addressing.official("Ban CHQS huyện Lục Nam"));
        assertEquals("Bộ Chỉ huy Quân sự tỉnh Bắc Giang", Addressing.official("Bộ CHQS tỉnh Bắc Giang"));
    }
}
