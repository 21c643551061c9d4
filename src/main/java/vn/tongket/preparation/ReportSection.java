package vn.tongket.preparation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One content area of the summary report's outline (plan section II.1), owed by an organisation by a date. */
@Entity
@jakarta.persistence.EntityListeners(vn.tongket.document.RenderedDocuments.DocumentSetChanges.class)
@Table(name = "report_section")
public class ReportSection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "conference_id", nullable = false)
    public Long conferenceId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 20)
    public String number;

    @Column(nullable = false, length = 1000)
    public String title;

    @Column(name = "owner_organization", length = 300)
    public String ownerOrganization;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SectionState state = SectionState.REQUESTED;

    @Column(name = "received_text", columnDefinition = "MEDIUMTEXT")
    public String receivedText;

    /** Eager: views describe the file outside the transaction (its content stays lazy). */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "file_id")
    public PrepFile file;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Version
    public int version;

    public static List<ReportSection> listByConference(long conferenceId) {
        return list("conferenceId = ?1 order by position, id", conferenceId);
    }

    /**
     * The report's part the section belongs to, from its number: "II.1" is part II, "III" part III, and the plan's
     * areas and the assessment ("1.4", "2.2", or any number not led by a Roman numeral) part I.
     */
    public String part() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(I{1,3}|IV|V)(?=\\.|$)").matcher(number);
        return m.find() ? m.group(1) : "I";
    }

    /** Still owed after its due date. */
    public boolean isLate(LocalDate today) {
        return state == SectionState.REQUESTED && dueOn != null && dueOn.isBefore(today);
    }
}
