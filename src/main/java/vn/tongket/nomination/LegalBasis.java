package vn.tongket.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal text a decision cites ("Căn cứ ..."), with the period it is in force: a decision cites the texts in force
 * on the day it is signed (a December 2023 decision the Law of 2003 as amended and Decree 91/2017, a 2024 one Law
 * 06/2022 and Decree 98/2023). Data, seeded by V23 and edited by
 * an administrator on /admin/legal-bases, like {@link PrizeRate}.
 */
@Entity
@Table(name = "legal_basis")
public class LegalBasis extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, length = 50)
    public String number;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    /** What follows the date in the citation, e.g. "của Chính phủ quy định chi tiết ..."; null for a law. */
    @Column(length = 300)
    public String subject;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** The last day in force; null while it is. */
    @Column(name = "effective_until")
    public LocalDate effectiveUntil;

    /** Where the dates were checked, or "chưa xác nhận". */
    @Column(nullable = false, length = 500)
    public String source;

    /** Whether number and dates were checked against the source; pages mark the text "chưa xác nhận" otherwise. */
    @Column(nullable = false)
    public boolean confirmed;

    /** Every text, as the administrator's page lists them: in citation order, then oldest first. */
    public static List<LegalBasis> listAll() {
        return list("order by sortOrder, effectiveFrom, number");
    }

    public static java.util.Optional<LegalBasis> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    /** The texts in force on a date, in the order a decision cites them (local government, law, decree). */
    public static List<LegalBasis> inForce(LocalDate on) {
        return list("effectiveFrom <= ?1 and (effectiveUntil is null or effectiveUntil >= ?1) order by sortOrder, issuedOn",
                on);
    }

    /**
     * "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022": the day below 10 and the months January and February with a
     * leading zero, as Decree 30/2020 (Appendix I, section II.6) writes dates in documents.
     */
    public String citation() {
        String date = String.format("ngày %02d tháng %s năm %d", issuedOn.getDayOfMonth(),
                issuedOn.getMonthValue() <= 2 ? String.format("%02d", issuedOn.getMonthValue())
                        : String.valueOf(issuedOn.getMonthValue()), issuedOn.getYear());
        return title + " " + date + (subject == null || subject.isBlank() ? "" : " " + subject);
    }
}
