package vn.tongket.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.tongket.conference.Conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The Chairman's decision (Quyết định tặng Bằng khen): number like 163/QĐ-UBND and signing date. */
@Entity
@Table(name = "award_decision")
public class AwardDecision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id", nullable = false)
    public Conference conference;

    @Column(nullable = false, length = 50)
    public String number;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    /** The Home Affairs submission the decision answers, e.g. "125/TTr-SNV"; null on decisions recorded before V23. */
    @Column(name = "proposal_number", length = 50)
    public String proposalNumber;

    @Column(name = "proposal_date")
    public LocalDate proposalDate;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt = Instant.now();

    @Column(name = "recorded_by", nullable = false, length = 64)
    public String recordedBy;

    public static List<AwardDecision> listByConference(long conferenceId) {
        return list("conference.id = ?1 order by signedOn, id", conferenceId);
    }

    public static boolean numberTaken(long conferenceId, String number) {
        return count("conference.id = ?1 and number = ?2", conferenceId, number) > 0;
    }
}
