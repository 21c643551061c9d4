package vn.tongket.document;

import io.quarkus.qute.TemplateExtension;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times written as Vietnamese administrative documents write them (Decree 30/2020):
 * "07 giờ 30 phút, thứ Sáu, ngày 08/12/2023", "Bắc Giang, ngày 01 tháng 12 năm 2023".
 * Also usable in templates: {@code {item.startsAt.hm}}, {@code {conference.startsAt.letterTime}}.
 */
@TemplateExtension
public final class VietnameseDates {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private VietnameseDates() {
    }

    /** "thứ Hai" ... "thứ Bảy", "Chủ nhật". */
    public static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** "07 giờ 30 phút, thứ Sáu, ngày 08/12/2023". */
    public static String letterTime(LocalDateTime t) {
        return String.format("%02d giờ %02d phút, %s, ngày %s", t.getHour(), t.getMinute(),
                weekday(t.getDayOfWeek()), DMY.format(t));
    }

    /**
     * "ngày 01 tháng 12 năm 2023", "ngày 15 tháng 02 năm 2024", "ngày 08 tháng 3 năm 2026". Decree 30/2020/NĐ-CP,
     * Phụ lục I, Phần I, Mục II.5.b (thời gian ban hành văn bản): days below 10 and the months 1 and 2 take a leading
     * zero; the other months are written as they are (confirmed against a public summary of the appendix,
     * https://www.vietnam.vn/en/huong-dan-cach-viet-ngay-thang-nam-trong-van-ban-dung-chuan-nghi-dinh-30; the
     * decree's own text was not in the search tool's copies).
     */
    public static String longDate(LocalDate d) {
        int m = d.getMonthValue();
        return String.format("ngày %02d tháng %s năm %d", d.getDayOfMonth(), m <= 2 ? "0" + m : Integer.toString(m),
                d.getYear());
    }

    /**
     * The start and end of a conference: "Từ 07 giờ 30 phút đến 11 giờ 30 phút, thứ Sáu, ngày 08/12/2023"; over
     * several days each end has its own day.
     */
    public static String period(LocalDateTime start, LocalDateTime end) {
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return String.format("Từ %02d giờ %02d phút đến %02d giờ %02d phút, %s, ngày %s", start.getHour(),
                    start.getMinute(), end.getHour(), end.getMinute(), weekday(start.getDayOfWeek()), DMY.format(start));
        }
        return "Từ " + letterTime(start) + " đến " + letterTime(end);
    }

    /** The date line of a draft, day and month left for the văn thư: "Bắc Giang, ngày    tháng    năm 2023". */
    public static String draftDateLine(String place, int year) {
        return place + ", ngày\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0năm " + year;
    }

    /** "Bắc Giang, ngày 01 tháng 12 năm 2023". */
    public static String dateLine(String place, LocalDate d) {
        return place + ", " + longDate(d);
    }

    /** "07:30". */
    public static String hm(LocalDateTime t) {
        return HM.format(t);
    }

    /** "08/12/2023". */
    public static String dmy(LocalDateTime t) {
        return DMY.format(t);
    }

    /** "08/12/2023". */
    public static String dmy(LocalDate d) {
        return DMY.format(d);
    }

    /** "07:30 08/12/2023". */
    public static String dateTimeShort(LocalDateTime t) {
        return HM.format(t) + " " + DMY.format(t);
    }

    /** Value for an HTML datetime-local input: "2023-12-08T07:30". */
    public static String inputValue(LocalDateTime t) {
        return t == null ? "" : INPUT.format(t);
    }
}
