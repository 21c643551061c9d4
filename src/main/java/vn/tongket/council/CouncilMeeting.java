package vn.tongket.council;

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
import jakarta.persistence.Version;
import vn.tongket.conference.Conference;

import java.time.LocalDateTime;
import java.util.Optional;

/** The meeting of the command's emulation and commendation council that considers a conference's nominations. */
@Entity
@Table(name = "council_meeting")
public class CouncilMeeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id", nullable = false)
    public Conference conference;

    @Column(name = "held_at", nullable = false)
    public LocalDateTime heldAt;

    @Column(nullable = false, length = 300)
    public String place;

    @Column(name = "council_name", nullable = false, length = 300)
    public String councilName;

    @Version
    public int version;

    public static Optional<CouncilMeeting> ofConference(long conferenceId) {
        return find("conference.id", conferenceId).firstResultOptional();
    }
}
