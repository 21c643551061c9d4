package vn.tongket.document;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The date line's zero rules (Decree 30/2020, Phụ lục I): days below 10 and months 1 and 2 take a leading zero. */
class VietnameseDatesTest {

    @Test
    void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZeroOtherMonthsDoNot() {
        assertEquals("ngày 05 tháng 01 năm 2024", VietnameseDates.longDate(LocalDate.of(2024, 1, 5)));
        assertEquals("ngày 28 tháng 02 năm 2024", VietnameseDates.longDate(LocalDate.of(2024, 2, 28)));
        assertEquals("ngày 08 tháng 3 năm 2026", VietnameseDates.longDate(LocalDate.of(2026, 3, 8)));
        assertEquals("ngày 15 tháng 9 năm 2026", VietnameseDates.longDate(LocalDate.of(2026, 9, 15)));
        assertEquals("ngày 01 tháng 12 năm 2023", VietnameseDates.longDate(LocalDate.of(2023, 12, 1)));
        assertEquals("Bắc Giang, ngày 01 tháng 12 năm 2023", VietnameseDates.dateLine("Bắc Giang", LocalDate.of(2023, 12, 1)));
    }
}
