package vn.tongket.preparation;

import java.time.Instant;
import java.time.LocalDate;

/** A report outline section as the API shows it; {@code late} when still REQUESTED after its due date. */
public record SectionView(long id, int position, String number, String title, String ownerOrganization,
                          LocalDate dueOn, SectionState state, boolean late, String text, FileView file,
                          Instant receivedAt, int version) {

    static SectionView of(ReportSection s, LocalDate today) {
        return new SectionView(s.id, s.position, s.number, s.title, s.ownerOrganization, s.dueOn, s.state,
                s.isLate(today), s.receivedText, FileView.of(s.file), s.receivedAt, s.version);
    }
}
