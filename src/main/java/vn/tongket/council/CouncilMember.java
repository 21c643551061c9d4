package vn.tongket.council;

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

import java.util.List;
import java.util.Optional;

/** A member of the council, present or absent at the meeting, with the one ballot link that is theirs. */
@Entity
@Table(name = "council_member")
public class CouncilMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    public CouncilMeeting meeting;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Column(length = 300)
    public String position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CouncilRole role;

    @Column(nullable = false)
    public boolean present = true;

    @Column(name = "ballot_token", nullable = false, length = 64)
    public String ballotToken;

    public static List<CouncilMember> ofMeeting(long meetingId) {
        return list("meeting.id = ?1 order by sortOrder, id", meetingId);
    }

    public static Optional<CouncilMember> byToken(String token) {
        return find("ballotToken", token).firstResultOptional();
    }
}
