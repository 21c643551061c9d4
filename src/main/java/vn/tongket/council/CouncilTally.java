package vn.tongket.council;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;

/** The secretary's count of the paper ballots for one nominee. */
@Entity
@Table(name = "council_tally")
public class CouncilTally extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "nomination_id", nullable = false)
    public long nominationId;

    @Column(name = "yes_votes", nullable = false)
    public int yes;

    @Column(name = "no_votes", nullable = false)
    public int no;

    @Column(name = "blank_votes", nullable = false)
    public int blank;

    @Column(name = "entered_by", nullable = false, length = 100)
    public String enteredBy;

    public static Optional<CouncilTally> ofNomination(long nominationId) {
        return find("nominationId", nominationId).firstResultOptional();
    }
}
