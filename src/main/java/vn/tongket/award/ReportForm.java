package vn.tongket.award;

import java.time.LocalDate;

/**
 * The forms of the achievement report (báo cáo thành tích) the regulations prescribe, by the date they apply from.
 * Decree 98/2023/NĐ-CP, Phụ lục I: Mẫu số 02 for a collective, Mẫu số 03 for an individual (lawnet.vn, "Template No.
 * 02/03 Appendix I issued together with Decree 98/2023/ND-CP"), in force from 01/01/2024 (Law 06/2022/QH15 art. 94).
 * Decree 91/2017/NĐ-CP: Mẫu số 01 (collective) and 02 (individual) (thuvienphapluat.vn summary); its dates of force
 * are not confirmed. The forms' section headings below follow those summaries; the annex's own text was not read.
 */
public enum ReportForm {
    DECREE_91_2017(LocalDate.of(2017, 9, 15), LocalDate.of(2023, 12, 31), "Mẫu số 01", "Mẫu số 02",
            "Nghị định số 91/2017/NĐ-CP, Phụ lục (chưa xác nhận)"),
    DECREE_98_2023(LocalDate.of(2024, 1, 1), null, "Mẫu số 02", "Mẫu số 03",
            "Nghị định số 98/2023/NĐ-CP, Phụ lục I");

    public final LocalDate from;
    public final LocalDate until;
    public final String collectiveForm;
    public final String individualForm;
    public final String source;

    ReportForm(LocalDate from, LocalDate until, String collectiveForm, String individualForm, String source) {
        this.from = from;
        this.until = until;
        this.collectiveForm = collectiveForm;
        this.individualForm = individualForm;
        this.source = source;
    }

    /** The form in force on the date; the latest one for a date after every period, the first before them. */
    public static ReportForm on(LocalDate date) {
        for (ReportForm f : values()) {
            if (!date.isBefore(f.from) && (f.until == null || !date.isAfter(f.until))) {
                return f;
            }
        }
        return date.isBefore(DECREE_91_2017.from) ? DECREE_91_2017 : DECREE_98_2023;
    }
}
