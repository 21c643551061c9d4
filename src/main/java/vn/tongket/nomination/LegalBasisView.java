package vn.tongket.nomination;

import java.time.LocalDate;

/** A legal text as the API returns it. */
public record LegalBasisView(Long id, String title, String number, LocalDate issuedOn, String subject,
                             LocalDate effectiveFrom, LocalDate effectiveUntil, String source, boolean confirmed,
                             int sortOrder, String citation) {

    public static LegalBasisView of(LegalBasis b) {
        return new LegalBasisView(b.id, b.title, b.number, b.issuedOn, b.subject, b.effectiveFrom, b.effectiveUntil,
                b.source, b.confirmed, b.sortOrder, b.citation());
    }
}
